const options = {
  authProvider,
};

const client = Client.init(options);

const protect = {
  options: {
    allowFormatCells: false,
    allowInsertRows: true,
    allowDeleteRows: false,
    allowSort: true,
    allowAutoFilter: true,
  },
};

await client
  .api(
    '/me/drive/items/01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ/workbook/worksheets/Budget/protection/protect',
  )
  .version('beta')
  .post(protect);
