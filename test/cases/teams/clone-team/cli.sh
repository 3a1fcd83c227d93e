mgc teams clone post --team-id {team-id} --body '{
  "displayName": "Night shift crew",
  "description": "Copy of the day shift crew team",
  "mailNickname": "nightshiftcrew",
  "partsToClone": "apps,tabs,settings,channels",
  "visibility": "private"
}'
