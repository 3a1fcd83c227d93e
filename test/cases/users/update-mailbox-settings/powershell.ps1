Import-Module Microsoft.Graph.Users

$params = @{
    workingHours = @{
        daysOfWeek = @(
            'tuesday'
            'wednesday'
            'thursday'
        )
        startTime = '07:45:00.0000000'
        endTime = '16:15:00.0000000'
        timeZone = @{
            name = 'Central America Standard Time'
        }
    }
    automaticRepliesSetting = @{
        status = 'scheduled'
        externalAudience = 'contactsOnly'
        scheduledStartDateTime = @{
            dateTime = '2025-07-14T08:00:00'
            timeZone = 'UTC'
        }
        scheduledEndDateTime = @{
            dateTime = '2025-07-25T17:00:00'
            timeZone = 'UTC'
        }
    }
}

# A UPN can also be used as -UserId.
Update-MgUserMailboxSetting -UserId $userId -BodyParameter $params
