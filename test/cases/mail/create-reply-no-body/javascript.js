const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client.api('/me/messages/{message-id}/createReply').post();
