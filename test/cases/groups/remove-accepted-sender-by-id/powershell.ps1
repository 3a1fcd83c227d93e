Import-Module Microsoft.Graph.Groups

Remove-MgGroupAcceptedSenderByRef -GroupId $groupId -Id 'https://graph.microsoft.com/v1.0/users/{user-id}'
