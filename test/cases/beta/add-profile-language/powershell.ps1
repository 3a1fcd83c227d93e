Import-Module Microsoft.Graph.Beta.People

$params = @{
    displayName = 'Portuguese'
    tag = 'pt-BR'
    spoken = 'nativeOrBilingual'
    written = 'fullProfessional'
    reading = 'nativeOrBilingual'
}

# A UPN can also be used as -UserId.
New-MgBetaUserProfileLanguage -UserId $userId -BodyParameter $params
