const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users')
  .header('ConsistencyLevel', 'eventual')
  .search('"displayName:Marisol" OR "mail:marisol"')
  .count(true)
  .orderby('displayName asc')
  .select('id,displayName,mail')
  .get();
