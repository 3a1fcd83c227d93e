const options = {
  authProvider,
};

const client = Client.init(options);

const accept = {
  comment: 'See you in room 4.',
  sendResponse: false,
};

await client.api('/me/events/{event-id}/accept').post(accept);
