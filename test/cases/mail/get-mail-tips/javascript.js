const options = {
  authProvider,
};

const client = Client.init(options);

const getMailTips = {
  EmailAddresses: ['kwame.boateng@fabrikam.example', 'orders@fabrikam.example'],
  MailTipsOptions: 'automaticReplies, mailboxFullStatus',
};

let result = await client.api('/me/getMailTips').post(getMailTips);
