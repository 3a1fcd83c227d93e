const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/teams/{team-id}/allChannels')
  .filter("membershipType eq 'shared'")
  .get();
