const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    '/me/drive/items/{item-id}/workbook/tables/{table-id}/columns/itemAt(index=1)',
  )
  .get();
