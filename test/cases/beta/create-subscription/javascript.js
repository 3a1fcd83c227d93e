const options = {
  authProvider,
};

const client = Client.init(options);

const subscription = {
  changeType: 'created',
  notificationUrl: 'https://hooks.fabrikam.example.com/graph/notify',
  resource: "me/mailFolders('Inbox')/messages",
  expirationDateTime: '2026-02-12T09:30:00Z',
  clientState: 'fabrikam-4711',
  latestSupportedTlsVersion: 'v1_2',
};

let result = await client
  .api('/subscriptions')
  .version('beta')
  .post(subscription);
