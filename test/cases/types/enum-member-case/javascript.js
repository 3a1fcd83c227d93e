const options = {
  authProvider,
};

const client = Client.init(options);

const event = {
  body: {
    contentType: 'html',
    content: '<p>Moved to the <b>blue</b> room.</p>',
  },
  location: {
    displayName: 'Blue room',
    locationType: 'default',
  },
  showAs: 'busy',
  sensitivity: 'private',
};

await client.api('/me/events/{event-id}').patch(event);
