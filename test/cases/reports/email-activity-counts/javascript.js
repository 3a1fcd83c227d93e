const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api("/reports/getEmailActivityCounts(period='D7')")
  .get();
