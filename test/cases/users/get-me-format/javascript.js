const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me?$format=application/json')
  .select('displayName,preferredLanguage')
  .get();
