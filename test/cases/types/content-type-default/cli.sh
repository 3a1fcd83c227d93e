mgc sites content-types create --site-id {site-id} --body '{
  "name": "Purchase order",
  "description": "A purchase order with its approval state",
  "group": "Procurement",
  "order": {
    "default": true,
    "position": 1
  },
  "hidden": false
}'
