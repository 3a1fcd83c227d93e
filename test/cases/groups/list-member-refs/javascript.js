const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client.api('/groups/{group-id}/members/$ref').get();
