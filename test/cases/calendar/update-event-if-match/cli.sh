mgc users events patch --user-id {user-id} --event-id {event-id} --headers 'If-Match=W/"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A=="' --body '{
  "subject": "Pottery class (room change)",
  "location": {
    "displayName": "Annex, room 2"
  },
  "categories": [],
  "isAllDay": false
}'
