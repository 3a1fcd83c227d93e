Import-Module Microsoft.Graph.Users

$params = @{
    businessPhones = @(
        '+52 55 4100 7788'
        '+52 55 4100 7789'
    )
    officeLocation = 'Torre B, piso 12'
    employeeHireDate = '2023-11-06T00:00:00Z'
    mobilePhone = $null
}

Update-MgUser -UserId $userId -BodyParameter $params
