mgc users events create --user-id {user-id} --body '{
  "subject": "Café Zürich — 中文会议 🎉",
  "body": {
    "contentType": "text",
    "content": "Room: שלום\u200F (RLM after it), NUL: \u0000, bell: \u0007, escaped emoji: 🚀, line separator:\u2028end"
  },
  "start": {
    "dateTime": "2025-08-04T10:00:00",
    "timeZone": "W. Europe Standard Time"
  },
  "end": {
    "dateTime": "2025-08-04T11:00:00",
    "timeZone": "W. Europe Standard Time"
  },
  "location": {
    "displayName": "Üetlibergstraße 12, 8045 Zürich"
  },
  "attendees": [
    {
      "type": "required",
      "emailAddress": {
        "name": "李雷",
        "address": "li.lei@fabrikam.example"
      }
    }
  ]
}'
