mgc users contacts create --user-id {user-id} --body '{
  "givenName": "Ilse",
  "surname": "Brandt",
  "birthday": "datetime-value"
}'
