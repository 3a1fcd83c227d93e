Import-Module Microsoft.Graph.Files

$params = @{
    name = 'Receipts 2025'
    folder = @{}
    '@microsoft.graph.conflictBehavior' = 'fail'
}

New-MgDriveRootChild -DriveId $driveId -BodyParameter $params
