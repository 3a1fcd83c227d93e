mgc drives items workbook worksheets cell-with-row-with-column get --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-worksheet-id {workbookWorksheet-id} --row {row} --column {column}
