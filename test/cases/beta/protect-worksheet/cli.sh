mgc-beta drives items workbook worksheets protection protect post --drive-id {drive-id} --drive-item-id 01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ --workbook-worksheet-id Budget --body '{
  "options": {
    "allowFormatCells": false,
    "allowInsertRows": true,
    "allowDeleteRows": false,
    "allowSort": true,
    "allowAutoFilter": true
  }
}'
