const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/riskyUsers/3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364')
  .version('beta')
  .select('userPrincipalName,riskLevel,riskState')
  .get();
