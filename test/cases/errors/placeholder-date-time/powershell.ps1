Import-Module Microsoft.Graph.PersonalContacts

$params = @{
    givenName = 'Ilse'
    surname = 'Brandt'
    birthday = 'datetime-value'
}

# A UPN can also be used as -UserId.
New-MgUserContact -UserId $userId -BodyParameter $params
