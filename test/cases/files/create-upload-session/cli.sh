mgc drives items create-upload-session post --drive-id {drive-id} --drive-item-id {driveItem-id} --body '{
  "item": {
    "@microsoft.graph.conflictBehavior": "rename",
    "name": "site-survey-2025.mp4",
    "description": "Drone footage of the north field",
    "fileSize": 5368709120
  },
  "deferCommit": true
}'
