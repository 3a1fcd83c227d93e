const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/directory/deletedItems/microsoft.graph.group')
  .select('id,displayName,deletedDateTime')
  .orderby('deletedDateTime desc')
  .get();
