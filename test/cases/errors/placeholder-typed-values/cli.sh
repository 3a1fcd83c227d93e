mgc users assign-license post --user-id {user-id} --body '{
  "addLicenses": [
    {
      "disabledPlans": [],
      "skuId": "skuId-value-1"
    }
  ],
  "removeLicenses": [
    "skuId-value-2"
  ]
}'
