const options = {
  authProvider,
};

const client = Client.init(options);

const content = 'name=Garden club&color=lightGreen';

let result = await client.api('/me/calendars').post(content);
