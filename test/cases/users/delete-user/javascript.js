const options = {
  authProvider,
};

const client = Client.init(options);

await client.api('/users/{user-id}').delete();
