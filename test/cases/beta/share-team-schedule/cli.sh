mgc-beta teams schedule share post --team-id 6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4 --body '{
  "notifyTeam": true,
  "startDateTime": "2026-03-02T00:00:00Z",
  "endDateTime": "2026-03-09T00:00:00Z"
}'
