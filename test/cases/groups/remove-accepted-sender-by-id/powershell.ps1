Import-Module Microsoft.Graph.Groups

Remove-MgGroupAcceptedSenderDirectoryObjectByRef -GroupId $groupId -DirectoryObjectId $userId
