const options = {
  authProvider,
};

const client = Client.init(options);

const delete1 = {
  shift: 'Up',
};

await client
  .api(
    '/drives/{drive-id}/items/{driveItem-id}/workbook/names/{workbookNamedItem-id}/range/delete',
  )
  .post(delete1);
