const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/reports/getYammerActivityUserDetail(date=2025-05-19)')
  .get();
