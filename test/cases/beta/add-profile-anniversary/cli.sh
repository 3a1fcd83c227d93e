mgc-beta users profile anniversaries create --user-id {user-id} --body '{
  "type": "birthday",
  "date": "1990-07-21"
}'
