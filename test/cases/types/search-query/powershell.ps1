Import-Module Microsoft.Graph.Search

$params = @{
    requests = @(
        @{
            entityTypes = @(
                'driveItem'
                'listItem'
            )
            query = @{
                queryString = 'budget AND filetype:xlsx'
            }
            'from' = 0
            size = 25
            fields = @(
                'name'
                'size'
            )
            collapseProperties = @(
                @{
                    fields = @(
                        'siteId'
                    )
                    limit = 1
                }
            )
            sortProperties = @(
                @{
                    name = 'size'
                    isDescending = $true
                }
            )
        }
    )
}

Invoke-MgQuerySearch -BodyParameter $params
