Import-Module Microsoft.Graph.Users.Actions

$params = @{
    index = $null
    values = @(
        ,@(
            'Oslo'
            3
            $true
        )
        ,@(
            'Kyiv'
            5.5
            $null
        )
    )
}

# A UPN can also be used as -UserId.
Add-MgUserDriveItemWorkbookTableRow -UserId $userId -DriveItemId $driveItemId -WorkbookTableId $workbookTableId -BodyParameter $params
