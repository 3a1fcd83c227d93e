const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/directory/deletedItems/{directoryObject-id}/restore')
  .post();
