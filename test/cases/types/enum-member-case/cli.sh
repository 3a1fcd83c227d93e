mgc users events patch --user-id {user-id} --event-id {event-id} --body '{
  "body": {
    "contentType": "HTML",
    "content": "<p>Moved to the <b>blue</b> room.</p>"
  },
  "location": {
    "displayName": "Blue room",
    "locationType": "Default"
  },
  "showAs": "BUSY",
  "sensitivity": "Private"
}'
