mgc users drive items workbook worksheets range-with-address patch --user-id {user-id} --drive-item-id {driveItem-id} --workbook-worksheet-id {workbookWorksheet-id} --address A1:C2 --body '{
  "values": [
    [
      "Item",
      "Qty",
      "Total"
    ],
    [
      "Lamp",
      4,
      "=B2*19.9"
    ]
  ],
  "numberFormat": [
    [
      null,
      null,
      null
    ],
    [
      null,
      "0",
      "0.00"
    ]
  ]
}'
