const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    "/reports/getOffice365ActiveUserDetail(period='D30')?$format=application/json",
  )
  .get();
