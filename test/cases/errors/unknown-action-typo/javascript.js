const options = {
  authProvider,
};

const client = Client.init(options);

const requestBody = {
  message: {
    subject: 'Meet for lunch?',
  },
};

await client.api('/me/sendM').post(requestBody);
