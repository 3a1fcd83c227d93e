const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users/{user-id}')
  .header('ConsistencyLevel', 'eventual')
  .expand('manager($levels=max;$select=id,displayName)')
  .select('id,displayName')
  .count(true)
  .get();
