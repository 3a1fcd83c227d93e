mgc-beta planner tasks details patch --planner-task-id Rk3tZx8wT0-9hY2mQnLpA2QAB7cD --if-match 'W/"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc="' --body '{
  "previewType": "checklist",
  "description": "Badges for the three new starters",
  "checklist": {
    "0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8": {
      "@odata.type": "microsoft.graph.plannerChecklistItem",
      "title": "Collect photos",
      "isChecked": true
    }
  }
}'
