Import-Module Microsoft.Graph.Authentication

$body = 'Draft of the annual report.'

Invoke-MgGraphRequest -Method PUT -Uri '/v1.0/me/drive/root:/Documents/report.docx:/content' -Body $body -ContentType 'text/plain'
