const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api('/me/drive/items/{driveItem-id}')
  .header('If-Match', '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"')
  .delete();
