const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users/delta')
  .select('displayName,givenName,surname')
  .get();
