mgc users get-member-groups post --user-id {user-id} --body '{
  "securityEnabledOnly": true
}'
