mgc users messages patch --user-id {user-id} --message-id {message-id} --body '{
  "importance": "low",
  "body": {
    "contentType": "text",
    "content": "Updated agenda attached."
  }
}'
