const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client.api('/teams/getAllMessages').get();
