Import-Module Microsoft.Graph.Beta.Users.Actions

$params = @{
    options = @{
        allowFormatCells = $false
        allowInsertRows = $true
        allowDeleteRows = $false
        allowSort = $true
        allowAutoFilter = $true
    }
}

# A UPN can also be used as -UserId.
Protect-MgBetaUserDriveItemWorkbookWorksheetProtection -UserId $userId -DriveItemId '01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ' -WorkbookWorksheetId 'Budget' -BodyParameter $params
