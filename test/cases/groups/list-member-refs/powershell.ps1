Import-Module Microsoft.Graph.Groups

Get-MgGroupMemberByRef -GroupId $groupId
