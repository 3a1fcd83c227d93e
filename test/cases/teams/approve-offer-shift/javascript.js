const options = {
  authProvider,
};

const client = Client.init(options);

const approve = {
  message: 'Covered by the evening crew, thanks!',
};

await client
  .api(
    '/teams/{team-id}/schedule/offerShiftRequests/{offerShiftRequest-id}/approve',
  )
  .post(approve);
