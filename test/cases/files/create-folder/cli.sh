mgc users drive root children create --user-id {user-id} --body '{
  "name": "Receipts 2025",
  "folder": {},
  "@microsoft.graph.conflictBehavior": "fail"
}'
