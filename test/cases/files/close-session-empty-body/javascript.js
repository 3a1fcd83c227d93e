const options = {
  authProvider,
};

const client = Client.init(options);

const closeSession = {};

await client
  .api('/drives/{drive-id}/items/{driveItem-id}/workbook/closeSession')
  .header('workbook-session-id', '{session-id}')
  .post(closeSession);
