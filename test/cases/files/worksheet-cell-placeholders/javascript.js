const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    '/drives/{drive-id}/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/cell(row={row},column={column})',
  )
  .get();
