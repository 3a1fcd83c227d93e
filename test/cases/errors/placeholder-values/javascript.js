const options = {
  authProvider,
};

const client = Client.init(options);

const user = {
  jobTitle: 'String',
  accountEnabled: false,
};

await client.api('/users/{user-id}').patch(user);
