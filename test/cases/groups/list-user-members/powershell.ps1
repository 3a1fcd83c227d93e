Import-Module Microsoft.Graph.Groups

Get-MgGroupMemberAsUser -GroupId $groupId -CountVariable CountVar -Sort 'displayName' -Search '"displayName:Okafor"' -Property 'displayName,id' -ConsistencyLevel eventual
