const options = {
  authProvider,
};

const client = Client.init(options);

await client.api('/me/messages/{message-id}').delete();
