mgc planner tasks create --body '{
  "planId": "xqQg5FS2LkCp935s-FIFm2QAFkHM",
  "title": "Order spare belts",
  "colour": "orange"
}'
