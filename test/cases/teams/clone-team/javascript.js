const options = {
  authProvider,
};

const client = Client.init(options);

const clone = {
  displayName: 'Night shift crew',
  description: 'Copy of the day shift crew team',
  mailNickname: 'nightshiftcrew',
  partsToClone: 'apps,tabs,settings,channels',
  visibility: 'private',
};

await client.api('/teams/{team-id}/clone').post(clone);
