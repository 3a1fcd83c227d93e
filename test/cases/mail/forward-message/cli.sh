mgc users messages forward post --user-id {user-id} --message-id {message-id} --body '{
  "comment": "Forwarding the supplier'\''s quote for review.",
  "toRecipients": [
    {
      "emailAddress": {
        "name": "Priya Natarajan",
        "address": "priya.n@fabrikam.example"
      }
    }
  ]
}'
