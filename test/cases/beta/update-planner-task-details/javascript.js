const options = {
  authProvider,
};

const client = Client.init(options);

const plannerTaskDetails = {
  previewType: 'checklist',
  description: 'Badges for the three new starters',
  checklist: {
    '0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8': {
      '@odata.type': 'microsoft.graph.plannerChecklistItem',
      title: 'Collect photos',
      isChecked: true,
    },
  },
};

await client
  .api('/planner/tasks/Rk3tZx8wT0-9hY2mQnLpA2QAB7cD/details')
  .version('beta')
  .header('If-Match', 'W/"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc="')
  .patch(plannerTaskDetails);
