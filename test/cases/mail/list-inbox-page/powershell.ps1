Import-Module Microsoft.Graph.Mail

$headers = @{
    Prefer = 'outlook.body-content-type="text"'
}

# A UPN can also be used as -UserId.
Get-MgUserMailFolderMessage -UserId $userId -MailFolderId 'inbox' -Filter 'isRead eq false' -Property 'subject,from,receivedDateTime' -Top 10 -Skip 10 -Headers $headers
