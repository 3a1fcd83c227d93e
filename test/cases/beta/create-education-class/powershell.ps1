Import-Module Microsoft.Graph.Beta.Education

$params = @{
    displayName = 'Chemistry 2B'
    description = 'Second-year chemistry, group B'
    classCode = 'CHEM-2B'
    externalId = 'sis-40871'
    externalName = 'Chemistry year 2 group B'
    externalSource = 'sis'
    mailNickname = 'chem2b'
}

New-MgBetaEducationClass -BodyParameter $params
