const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/connectorGroups/{connectorGroup-id}')
  .version('beta')
  .get();
