Import-Module Microsoft.Graph.Calendar

$params = @{
    name = 'Garden club'
    color = 'lightGreen'
}

# A UPN can also be used as -UserId.
New-MgUserCalendar -UserId $userId -BodyParameter $params
