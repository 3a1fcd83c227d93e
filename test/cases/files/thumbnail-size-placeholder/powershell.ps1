Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/drive/items/{driveItem-id}/thumbnails/0/{size}'
