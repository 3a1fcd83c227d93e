const options = {
  authProvider,
};

const client = Client.init(options);

const message = {
  importance: 'low',
  body: {
    contentType: 'text',
    content: 'Updated agenda attached.',
  },
};

await client.api('/me/messages/{message-id}').patch(message);
