const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me/messages')
  .header('Prefer', 'outlook.body-content-type="text"')
  .select('subject')
  .top(5)
  .get();
