const options = {
  authProvider,
};

const client = Client.init(options);

const stream = 'Draft of the annual report.';

await client
  .api('/me/drive/root:/Documents/report.docx:/content')
  .header('Content-type', 'text/plain')
  .put(stream);
