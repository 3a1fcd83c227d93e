mgc users patch --user-id {user-id} --body '{
  "aboutMe": "Line one\nLine two\twith a tab\nمرحبا\u200F then English; ends with a backslash \\",
  "department": "R&D / \"Skunkworks\"",
  "jobTitle": "Ingénieure ü \\u0041 is not an escape here"
}'
