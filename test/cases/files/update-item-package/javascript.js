const options = {
  authProvider,
};

const client = Client.init(options);

const driveItem = {
  name: 'Field notes',
  package: {
    type: 'oneNote',
  },
};

await client.api('/me/drive/items/{driveItem-id}').patch(driveItem);
