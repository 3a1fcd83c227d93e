mgc users events patch --user-id {user-id} --event-id {event-id} --body '{
  "importance": "urgent"
}'
