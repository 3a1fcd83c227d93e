const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/groups/{group-id}/members/microsoft.graph.user/$count')
  .header('ConsistencyLevel', 'eventual')
  .get();
