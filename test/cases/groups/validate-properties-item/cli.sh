mgc groups validate-properties-by-id post --group-id 3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa --body '{
  "displayName": "Pendulum lab group",
  "mailNickname": "pendulum-lab",
  "onBehalfOfUserId": "c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38"
}'
