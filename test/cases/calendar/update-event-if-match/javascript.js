const options = {
  authProvider,
};

const client = Client.init(options);

const event = {
  subject: 'Pottery class (room change)',
  location: {
    displayName: 'Annex, room 2',
  },
  categories: [],
  isAllDay: false,
};

await client
  .api('/me/events/{event-id}')
  .header('If-Match', 'W/"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A=="')
  .patch(event);
