const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/groups/{group-id}/members/microsoft.graph.user')
  .header('ConsistencyLevel', 'eventual')
  .count(true)
  .orderby('displayName')
  .search('"displayName:Okafor"')
  .select('displayName,id')
  .get();
