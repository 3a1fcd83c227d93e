mgc users send-mail post --user-id {user-id} --body '{
  "message": {
    "subject": "Gate code changed",
    "toRecipients": [
      {
        "emailAddress": {
          "address": "tenants@fabrikam.example"
        }
      }
    ]
  },
  "saveToSentItems": "false"
}'
