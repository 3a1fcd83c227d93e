const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client.api('/me/events').select('subject,start').get();
