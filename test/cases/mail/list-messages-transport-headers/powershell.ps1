Import-Module Microsoft.Graph.Mail

$headers = @{
    Prefer = 'outlook.body-content-type="text"'
}

# A UPN can also be used as -UserId.
Get-MgUserMessage -UserId $userId -Property 'subject' -Top 5 -Headers $headers
