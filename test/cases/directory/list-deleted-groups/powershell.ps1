Import-Module Microsoft.Graph.Identity.DirectoryManagement

Get-MgDirectoryDeletedItemAsGroup -Property 'id,displayName,deletedDateTime' -Sort 'deletedDateTime desc'
