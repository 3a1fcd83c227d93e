mgc-beta identity conditional-access policies create --body '{
  "displayName": "Finance needs MFA off the network",
  "state": "enabledForReportingButNotEnforced",
  "conditions": {
    "clientAppTypes": [
      "browser",
      "mobileAppsAndDesktopClients"
    ],
    "applications": {
      "includeApplications": [
        "All"
      ]
    },
    "users": {
      "includeGroups": [
        "2e8f6a1c-93b4-4d07-8c5a-f1e0d29b7a36"
      ]
    },
    "locations": {
      "includeLocations": [
        "All"
      ],
      "excludeLocations": [
        "AllTrusted"
      ]
    }
  },
  "grantControls": {
    "operator": "OR",
    "builtInControls": [
      "mfa"
    ]
  }
}'
