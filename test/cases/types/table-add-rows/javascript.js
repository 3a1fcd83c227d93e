const options = {
  authProvider,
};

const client = Client.init(options);

const add = {
  index: null,
  values: [
    ['Oslo', 3, true],
    ['Kyiv', 5.5, null],
  ],
};

let result = await client
  .api(
    '/me/drive/items/{driveItem-id}/workbook/tables/{workbookTable-id}/rows/add',
  )
  .post(add);
