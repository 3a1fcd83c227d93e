const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me/drive/root:/Receipts/2025-03:/children')
  .select('name,size,lastModifiedDateTime')
  .get();
