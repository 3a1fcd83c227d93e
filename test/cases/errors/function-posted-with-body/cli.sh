mgc drives items workbook tables columns item-at-with-index get --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-table-id {workbookTable-id} --index 1
