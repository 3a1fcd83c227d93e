const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me/profile/skills')
  .version('beta')
  .select('displayName,proficiency')
  .top(5)
  .get();
