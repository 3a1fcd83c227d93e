Import-Module Microsoft.Graph.Groups

Remove-MgGroupMemberByRef -GroupId $groupId -DirectoryObjectId $directoryObjectId
