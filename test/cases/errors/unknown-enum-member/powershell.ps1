Import-Module Microsoft.Graph.Calendar

$params = @{
    importance = 'urgent'
}

# A UPN can also be used as -UserId.
Update-MgUserEvent -UserId $userId -EventId $eventId -BodyParameter $params
