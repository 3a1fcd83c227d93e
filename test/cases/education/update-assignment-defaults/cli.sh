mgc education classes assignment-defaults patch --education-class-id {educationClass-id} --body '{
  "dueTime": "17:30:00",
  "addedStudentAction": "none",
  "notificationChannelUrl": null
}'
