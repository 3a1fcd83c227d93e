mgc drives items patch --drive-id {drive-id} --drive-item-id {driveItem-id} --body '{
  "name": "Field notes",
  "package": {
    "type": "oneNote"
  }
}'
