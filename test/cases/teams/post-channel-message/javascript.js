const options = {
  authProvider,
};

const client = Client.init(options);

const chatMessage = {
  subject: 'Crane 3 maintenance',
  body: {
    contentType: 'html',
    content:
      '<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>',
  },
  importance: 'urgent',
};

let result = await client
  .api('/teams/{team-id}/channels/{channel-id}/messages')
  .post(chatMessage);
