Import-Module Microsoft.Graph.Identity.SignIns

Get-MgIdentityProvider -IdentityProviderId $identityProviderId
