const options = {
  authProvider,
};

const client = Client.init(options);

const createUploadSession = {
  item: {
    '@microsoft.graph.conflictBehavior': 'rename',
    name: 'site-survey-2025.mp4',
    description: 'Drone footage of the north field',
    fileSize: 5368709120,
  },
  deferCommit: true,
};

let result = await client
  .api('/me/drive/items/{driveItem-id}/createUploadSession')
  .post(createUploadSession);
