mgc-beta users online-meetings create --user-id {user-id} --body '{
  "startDateTime": "2026-02-18T14:00:00-08:00",
  "endDateTime": "2026-02-18T14:45:00-08:00",
  "subject": "Badge system: handover"
}'
