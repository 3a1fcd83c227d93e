mgc users messages create --user-id {user-id} --body '{
  "subject": "Keywords as property names",
  "function": "route",
  "class": "internal",
  "var": "v2",
  "string": "s",
  "object": {
    "nested": [
      1,
      "two",
      {
        "three": 3
      }
    ]
  },
  "in": 1,
  "is": true,
  "import": "none",
  "global": false,
  "async": null,
  "package": "p",
  "default": "d",
  "select": "x"
}'
