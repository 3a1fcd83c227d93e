const options = {
  authProvider,
};

const client = Client.init(options);

const calendar = {
  name: 'Garden club',
  color: 'lightGreen',
};

let result = await client.api('/me/calendars').post(calendar);
