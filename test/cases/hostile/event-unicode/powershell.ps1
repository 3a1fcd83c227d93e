Import-Module Microsoft.Graph.Calendar

$params = @{
    subject = 'Café Zürich — 中文会议 🎉'
    body = @{
        contentType = 'text'
        content = ('Room: שלום' + [char]0x200F + " (RLM after it), NUL: `0, bell: `a, escaped emoji: 🚀, line separator:" + [char]0x2028 + 'end')
    }
    start = @{
        dateTime = '2025-08-04T10:00:00'
        timeZone = 'W. Europe Standard Time'
    }
    'end' = @{
        dateTime = '2025-08-04T11:00:00'
        timeZone = 'W. Europe Standard Time'
    }
    location = @{
        displayName = 'Üetlibergstraße 12, 8045 Zürich'
    }
    attendees = @(
        @{
            type = 'required'
            emailAddress = @{
                name = '李雷'
                address = 'li.lei@fabrikam.example'
            }
        }
    )
}

# A UPN can also be used as -UserId.
New-MgUserEvent -UserId $userId -BodyParameter $params
