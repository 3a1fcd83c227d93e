mgc teams channels messages create --team-id {team-id} --channel-id {channel-id} --body '{
  "subject": "Crane 3 maintenance",
  "body": {
    "contentType": "html",
    "content": "<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>"
  },
  "importance": "urgent"
}'
