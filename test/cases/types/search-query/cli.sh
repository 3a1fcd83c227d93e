mgc search query post --body '{
  "requests": [
    {
      "entityTypes": [
        "driveItem",
        "listItem"
      ],
      "query": {
        "queryString": "budget AND filetype:xlsx"
      },
      "from": 0,
      "size": 25,
      "fields": [
        "name",
        "size"
      ],
      "collapseProperties": [
        {
          "fields": [
            "siteId"
          ],
          "limit": 1
        }
      ],
      "sortProperties": [
        {
          "name": "size",
          "isDescending": true
        }
      ]
    }
  ]
}'
