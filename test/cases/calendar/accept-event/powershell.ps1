Import-Module Microsoft.Graph.Calendar

$params = @{
    comment = 'See you in room 4.'
    sendResponse = $false
}

# A UPN can also be used as -UserId.
Invoke-MgAcceptUserEvent -UserId $userId -EventId $eventId -BodyParameter $params
