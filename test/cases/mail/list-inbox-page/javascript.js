const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/me/mailFolders/inbox/messages')
  .header('Prefer', 'outlook.body-content-type="text"')
  .filter('isRead eq false')
  .select('subject,from,receivedDateTime')
  .top(10)
  .skip(10)
  .get();
