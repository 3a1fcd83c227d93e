const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/sites/{site-id}/sites')
  .select('id,displayName')
  .get();
