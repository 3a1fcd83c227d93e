mgc teams schedule offer-shift-requests approve post --team-id {team-id} --offer-shift-request-id {offerShiftRequest-id} --body '{
  "message": "Covered by the evening crew, thanks!"
}'
