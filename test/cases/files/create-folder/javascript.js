const options = {
  authProvider,
};

const client = Client.init(options);

const driveItem = {
  name: 'Receipts 2025',
  folder: {},
  '@microsoft.graph.conflictBehavior': 'fail',
};

let result = await client.api('/me/drive/root/children').post(driveItem);
