Import-Module Microsoft.Graph.Calendar

$params = @{
    body = @{
        contentType = 'html'
        content = '<p>Moved to the <b>blue</b> room.</p>'
    }
    location = @{
        displayName = 'Blue room'
        locationType = 'default'
    }
    showAs = 'busy'
    sensitivity = 'private'
}

# A UPN can also be used as -UserId.
Update-MgUserEvent -UserId $userId -EventId $eventId -BodyParameter $params
