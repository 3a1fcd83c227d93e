Import-Module Microsoft.Graph.Identity.DirectoryManagement

Get-MgDomainVerificationDnsRecord -DomainId 'contoso.com'
