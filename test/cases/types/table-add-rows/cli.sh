mgc drives items workbook tables rows add post --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-table-id {workbookTable-id} --body '{
  "index": null,
  "values": [
    [
      "Oslo",
      3,
      true
    ],
    [
      "Kyiv",
      5.5,
      null
    ]
  ]
}'
