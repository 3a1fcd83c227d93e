const options = {
  authProvider,
};

const client = Client.init(options);

const workbookRange = {
  values: [
    ['Item', 'Qty', 'Total'],
    ['Lamp', 4, '=B2*19.9'],
  ],
  numberFormat: [
    [null, null, null],
    [null, '0', '0.00'],
  ],
};

await client
  .api(
    "/me/drive/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/range(address='A1:C2')",
  )
  .patch(workbookRange);
