Import-Module Microsoft.Graph.Sites

Get-MgSubSite -SiteId $siteId -Property 'id,displayName'
