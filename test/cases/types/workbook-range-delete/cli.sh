mgc drives items workbook names range delete post --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-named-item-id {workbookNamedItem-id} --body '{
  "shift": "Up"
}'
