mgc users calendar patch --user-id {user-id} --body '{
  "color": "lightGreen"
}'
