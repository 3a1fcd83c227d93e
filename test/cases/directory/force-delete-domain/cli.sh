mgc domains force-delete post --domain-id contoso.com --body '{
  "disableUserAccounts": true
}'
