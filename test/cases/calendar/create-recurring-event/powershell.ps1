Import-Module Microsoft.Graph.Calendar

$params = @{
    subject = 'Pottery class'
    body = @{
        contentType = 'html'
        content = 'Bring an apron.'
    }
    start = @{
        dateTime = '2025-04-08T18:00:00'
        timeZone = 'Mountain Standard Time'
    }
    'end' = @{
        dateTime = '2025-04-08T20:00:00'
        timeZone = 'Mountain Standard Time'
    }
    location = @{
        displayName = 'Clay Studio'
        coordinates = @{
            latitude = 39.7392
            longitude = -104.9903
        }
    }
    recurrence = @{
        pattern = @{
            type = 'weekly'
            interval = 1
            daysOfWeek = @(
                'tuesday'
            )
        }
        range = @{
            type = 'endDate'
            startDate = '2025-04-08'
            endDate = '2025-06-24'
        }
    }
    reminderMinutesBeforeStart = 45
    isReminderOn = $true
    sensitivity = 'private'
    showAs = 'busy'
}

# A UPN can also be used as -UserId.
New-MgUserEvent -UserId $userId -BodyParameter $params
