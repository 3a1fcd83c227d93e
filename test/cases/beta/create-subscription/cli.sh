mgc-beta subscriptions create --body '{
  "changeType": "created",
  "notificationUrl": "https://hooks.fabrikam.example.com/graph/notify",
  "resource": "me/mailFolders('\''Inbox'\'')/messages",
  "expirationDateTime": "2026-02-12T09:30:00Z",
  "clientState": "fabrikam-4711",
  "latestSupportedTlsVersion": "v1_2"
}'
