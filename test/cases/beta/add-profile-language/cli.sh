mgc-beta users profile languages create --user-id {user-id} --body '{
  "displayName": "Portuguese",
  "tag": "pt-BR",
  "spoken": "nativeOrBilingual",
  "written": "fullProfessional",
  "reading": "nativeOrBilingual"
}'
