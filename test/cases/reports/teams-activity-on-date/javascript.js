const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/reports/getTeamsUserActivityUserDetail(date=2025-01-15)')
  .get();
