mgc users messages patch --user-id {user-id} --message-id {message-id} --body '{
  "importance": "String",
  "body": {
    "contentType": "",
    "content": "Updated agenda attached."
  }
}'
