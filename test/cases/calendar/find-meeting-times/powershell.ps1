Import-Module Microsoft.Graph.Users.Actions

$params = @{
    attendees = @(
        @{
            type = 'required'
            emailAddress = @{
                name = 'Hana Kobayashi'
                address = 'hana.k@fabrikam.example'
            }
        }
        @{
            type = 'optional'
            emailAddress = @{
                address = 'facilities@fabrikam.example'
            }
        }
    )
    timeConstraint = @{
        activityDomain = 'work'
        timeSlots = @(
            @{
                start = @{
                    dateTime = '2025-05-12T09:00:00'
                    timeZone = 'Tokyo Standard Time'
                }
                'end' = @{
                    dateTime = '2025-05-16T18:00:00'
                    timeZone = 'Tokyo Standard Time'
                }
            }
        )
    }
    meetingDuration = 'PT1H30M'
    maxCandidates = 5
    isOrganizerOptional = $false
    returnSuggestionReasons = $true
    minimumAttendeePercentage = 66.5
}

# A UPN can also be used as -UserId.
Find-MgUserMeetingTime -UserId $userId -BodyParameter $params
