Import-Module Microsoft.Graph.Calendar

$headers = @{
    'If-Match' = 'W/"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A=="'
}

$params = @{
    subject = 'Pottery class (room change)'
    location = @{
        displayName = 'Annex, room 2'
    }
    categories = @()
    isAllDay = $false
}

# A UPN can also be used as -UserId.
Update-MgUserEvent -UserId $userId -EventId $eventId -Headers $headers -BodyParameter $params
