Import-Module Microsoft.Graph.DirectoryObjects

$params = @{
    ids = @(
        'c58a2e0f-7d41-4b96-8e3c-1f9b6a0d4e27'
        '0e4b7d1a-f352-49c8-a6d0-b8e2c5f7193a'
    )
    types = @(
        'user'
        'group'
    )
}

Get-MgDirectoryObjectById -BodyParameter $params
