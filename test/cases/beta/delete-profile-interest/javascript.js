const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api('/me/profile/interests/{personInterest-id}')
  .version('beta')
  .delete();
