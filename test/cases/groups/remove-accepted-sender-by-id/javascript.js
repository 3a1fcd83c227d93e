const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api('/groups/{group-id}/acceptedSenders/$ref')
  .query({ $id: 'https://graph.microsoft.com/v1.0/users/{user-id}' })
  .delete();
