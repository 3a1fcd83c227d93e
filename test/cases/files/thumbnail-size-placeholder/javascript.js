const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me/drive/items/{driveItem-id}/thumbnails/0/{size}')
  .get();
