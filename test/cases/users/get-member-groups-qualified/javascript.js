const options = {
  authProvider,
};

const client = Client.init(options);

const getMemberGroups = {
  securityEnabledOnly: true,
};

let result = await client
  .api('/me/microsoft.graph.getMemberGroups')
  .post(getMemberGroups);
