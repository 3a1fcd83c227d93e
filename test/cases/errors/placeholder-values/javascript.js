const options = {
  authProvider,
};

const client = Client.init(options);

const user = {
  jobTitle: 'String',
  accountEnabled: 'Boolean',
};

await client.api('/users/{user-id}').patch(user);
