mgc users extensions create --user-id {user-id} --body '{
  "@odata.type": "microsoft.graph.openTypeExtension",
  "extensionName": "com.fabrikam.kioskSettings",
  "theme": "high-contrast",
  "fontScale": 1.25,
  "pinnedApps": [
    "timesheet",
    "badge"
  ],
  "layout": {
    "columns": 3,
    "compact": false
  }
}'
