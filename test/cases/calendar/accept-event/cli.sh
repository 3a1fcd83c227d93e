mgc users events accept post --user-id {user-id} --event-id {event-id} --body '{
  "comment": "See you in room 4.",
  "sendResponse": false
}'
