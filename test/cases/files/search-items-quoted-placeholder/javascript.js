const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api("/me/drive/root/search(q='{search-query}')")
  .get();
