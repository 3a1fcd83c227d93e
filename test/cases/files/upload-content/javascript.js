const options = {
  authProvider,
};

const client = Client.init(options);

const stream = 'Shelf 7: 42 jars of quince jam, 18 of fig.';

await client
  .api('/drives/{drive-id}/items/{driveItem-id}/content')
  .header('Content-type', 'text/plain')
  .put(stream);
