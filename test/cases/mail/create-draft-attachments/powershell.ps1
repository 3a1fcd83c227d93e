Import-Module Microsoft.Graph.Mail

$params = @{
    subject = 'Signed lease and the viewing'
    'from' = @{
        emailAddress = @{
            name = 'Rental office'
            address = 'leasing@fabrikam.example'
        }
    }
    attachments = @(
        @{
            '@odata.type' = '#microsoft.graph.fileAttachment'
            name = 'lease.txt'
            contentType = 'text/plain'
            contentBytes = 'TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu'
        }
        @{
            '@odata.type' = '#microsoft.graph.itemAttachment'
            name = 'Viewing'
            item = @{
                '@odata.type' = '#microsoft.graph.event'
                subject = 'Apartment viewing'
                start = @{
                    dateTime = '2025-02-20T16:30:00'
                    timeZone = 'Pacific Standard Time'
                }
                'end' = @{
                    dateTime = '2025-02-20T17:00:00'
                    timeZone = 'Pacific Standard Time'
                }
            }
        }
    )
}

# A UPN can also be used as -UserId.
New-MgUserMessage -UserId $userId -BodyParameter $params
