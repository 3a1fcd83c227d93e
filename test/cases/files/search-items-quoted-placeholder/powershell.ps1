Import-Module Microsoft.Graph.Files

Search-MgDriveRoot -DriveId $driveId -Q $q
