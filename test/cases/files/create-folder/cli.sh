mgc drives items children create --drive-id {drive-id} --drive-item-id root --body '{
  "name": "Receipts 2025",
  "folder": {},
  "@microsoft.graph.conflictBehavior": "fail"
}'
