const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/groups/$count')
  .header('ConsistencyLevel', 'eventual')
  .get();
