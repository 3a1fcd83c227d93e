const options = {
  authProvider,
};

const client = Client.init(options);

const event = {
  importance: 'urgent',
};

await client.api('/me/events/{event-id}').patch(event);
