const options = {
  authProvider,
};

const client = Client.init(options);

const calendar = {
  color: 'lightGreen',
};

await client.api('/me/calendar').patch(calendar);
