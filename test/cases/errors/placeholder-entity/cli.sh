mgc users messages attachments create --user-id {user-id} --message-id {message-id} --body '{
  "@odata.type": "#microsoft.graph.itemAttachment",
  "name": "Team offsite agenda",
  "item": "event or contact entity"
}'
