mgc users patch --user-id {user-id} --body '{
  "jobTitle": "String",
  "accountEnabled": "Boolean"
}'
