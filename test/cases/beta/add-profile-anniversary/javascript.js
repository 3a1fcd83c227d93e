const options = {
  authProvider,
};

const client = Client.init(options);

const personAnnualEvent = {
  type: 'birthday',
  date: '1990-07-21',
};

let result = await client
  .api('/me/profile/anniversaries')
  .version('beta')
  .post(personAnnualEvent);
