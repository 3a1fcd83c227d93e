mgc users get-mail-tips post --user-id {user-id} --body '{
  "EmailAddresses": [
    "kwame.boateng@fabrikam.example",
    "orders@fabrikam.example"
  ],
  "MailTipsOptions": "automaticReplies, mailboxFullStatus"
}'
