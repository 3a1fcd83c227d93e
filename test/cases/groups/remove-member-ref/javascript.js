const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api('/groups/{group-id}/members/{directoryObject-id}/$ref')
  .delete();
