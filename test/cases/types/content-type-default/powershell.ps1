Import-Module Microsoft.Graph.Sites

$params = @{
    name = 'Purchase order'
    description = 'A purchase order with its approval state'
    group = 'Procurement'
    order = @{
        default = $true
        position = 1
    }
    'hidden' = $false
}

New-MgSiteContentType -SiteId $siteId -BodyParameter $params
