Import-Module Microsoft.Graph.Groups

Get-MgGroupMemberCountAsUser -GroupId $groupId -ConsistencyLevel eventual
