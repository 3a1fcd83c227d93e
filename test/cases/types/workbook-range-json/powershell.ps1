Import-Module Microsoft.Graph.Users.Functions

$params = @{
    values = @(
        ,@(
            'Item'
            'Qty'
            'Total'
        )
        ,@(
            'Lamp'
            4
            '=B2*19.9'
        )
    )
    numberFormat = @(
        ,@(
            $null
            $null
            $null
        )
        ,@(
            $null
            '0'
            '0.00'
        )
    )
}

# A UPN can also be used as -UserId.
Invoke-MgRangeUserDriveItemWorkbookWorksheet -UserId $userId -DriveItemId $driveItemId -WorkbookWorksheetId $workbookWorksheetId -Address 'A1:C2' -BodyParameter $params
