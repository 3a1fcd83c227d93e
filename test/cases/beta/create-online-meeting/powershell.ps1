Import-Module Microsoft.Graph.Beta.CloudCommunications

$params = @{
    startDateTime = '2026-02-18T14:00:00-08:00'
    endDateTime = '2026-02-18T14:45:00-08:00'
    subject = 'Badge system: handover'
}

# A UPN can also be used as -UserId.
New-MgBetaUserOnlineMeeting -UserId $userId -BodyParameter $params
