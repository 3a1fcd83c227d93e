const options = {
  authProvider,
};

const client = Client.init(options);

const onlineMeeting = {
  startDateTime: '2026-02-18T14:00:00-08:00',
  endDateTime: '2026-02-18T14:45:00-08:00',
  subject: 'Badge system: handover',
};

let result = await client
  .api('/me/onlineMeetings')
  .version('beta')
  .post(onlineMeeting);
