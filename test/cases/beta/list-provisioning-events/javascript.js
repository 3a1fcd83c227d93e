const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/auditLogs/provisioning')
  .version('beta')
  .filter("jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'")
  .top(25)
  .get();
