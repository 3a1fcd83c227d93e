Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method PUT -Uri '/v1.0/me/drive/root:/Documents/report.docx:/content' -InputFilePath $inFile -ContentType 'text/plain'
