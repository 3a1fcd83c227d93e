mgc drives items workbook worksheets charts axes value-axis patch --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-worksheet-id {workbookWorksheet-id} --workbook-chart-id {workbookChart-id} --body '{
  "majorUnit": 25,
  "maximum": 200,
  "minimum": {
    "auto": true
  }
}'
