mgc applications put --application-id fabrikam-timesheets --prefer create-if-missing --body '{
  "displayName": "Fabrikam Timesheets",
  "signInAudience": "AzureADMyOrg",
  "tags": [
    "hr",
    "timekeeping"
  ]
}'
