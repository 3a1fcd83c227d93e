const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users')
  .filter("surname eq 'D''Angelo'")
  .orderby('displayName desc')
  .top(15)
  .get();
