Import-Module Microsoft.Graph.Users.Actions

$params = @{
    message = @{
        subject = 'Re: "Q3" plan — Ana''s ''final'' `draft` “v2” ‘‘b’’ «c»'
        body = @{
            contentType = 'text'
            content = "Path: C:\Users\ana\plan.docx`nRegex: ^\d+\.\d*`$ and a literal \n stays`n`tIndented line`r`nEnd \`" quote"
        }
        toRecipients = @(
            @{
                emailAddress = @{
                    name = 'O''Neil, "Sam"'
                    address = 'sam.oneil@fabrikam.example'
                }
            }
        )
    }
    saveToSentItems = $false
}

# A UPN can also be used as -UserId.
Send-MgUserMail -UserId $userId -BodyParameter $params
