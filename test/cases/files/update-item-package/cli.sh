mgc users drive items patch --user-id {user-id} --drive-item-id {driveItem-id} --body '{
  "name": "Field notes",
  "package": {
    "type": "oneNote"
  }
}'
