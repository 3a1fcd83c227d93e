mgc users messages attachments create --user-id {user-id} --message-id {message-id} --body '{
  "@odata.type": "#microsoft.graph.fileAttachment",
  "name": "hello.txt",
  "contentBytes": "SGVsbG8gd29ybGQ=="
}'
