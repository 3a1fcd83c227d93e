const options = {
  authProvider,
};

const client = Client.init(options);

const workbookChartAxis = {
  majorUnit: 25,
  maximum: 200,
  minimum: {
    auto: true,
  },
};

await client
  .api(
    '/drives/{drive-id}/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/charts/{workbookChart-id}/axes/valueAxis',
  )
  .patch(workbookChartAxis);
