Import-Module Microsoft.Graph.Groups

$params = @{
    '@odata.id' = 'https://graph.microsoft.com/v1.0/directoryObjects/3d9f2b7e-61c4-4a08-bf15-c7e0a2d85b93'
}

New-MgGroupMemberByRef -GroupId $groupId -BodyParameter $params
