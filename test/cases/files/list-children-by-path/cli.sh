mgc drives items children list --drive-id {drive-id} --drive-item-id root:/Receipts/2025-03: --select name,size,lastModifiedDateTime
