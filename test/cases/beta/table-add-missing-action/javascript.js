const options = {
  authProvider,
};

const client = Client.init(options);

const requestBody = {
  address: 'Sheet1!A1:D5',
  hasHeaders: true,
};

await client
  .api('/me/drive/items/{id}/workbook/tables/add')
  .version('beta')
  .post(requestBody);
