const options = {
  authProvider,
};

const client = Client.init(options);

const fileAttachment = {
  '@odata.type': '#microsoft.graph.fileAttachment',
  name: 'hello.txt',
  contentBytes: 'SGVsbG8gd29ybGQ==',
};

let result = await client
  .api('/me/messages/{message-id}/attachments')
  .post(fileAttachment);
