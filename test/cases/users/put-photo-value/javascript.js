const options = {
  authProvider,
};

const client = Client.init(options);

const stream = 'Binary data for the image';

await client
  .api('/me/photo/$value')
  .header('Content-type', 'image/jpeg')
  .put(stream);
