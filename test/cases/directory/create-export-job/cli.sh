mgc device-management reports export-jobs create --body '{
  "reportName": "Devices",
  "select": [
    "DeviceName",
    "OSVersion"
  ],
  "filter": "(OwnerType eq '\''1'\'')",
  "format": "csv",
  "localizationType": "replaceLocalizableValues"
}'
