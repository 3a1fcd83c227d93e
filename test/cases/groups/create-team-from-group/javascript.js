const options = {
  authProvider,
};

const client = Client.init(options);

const team = {
  memberSettings: {
    allowCreatePrivateChannels: true,
    allowCreateUpdateChannels: true,
  },
  messagingSettings: {
    allowUserEditMessages: true,
    allowUserDeleteMessages: false,
  },
  funSettings: {
    allowGiphy: true,
    giphyContentRating: 'strict',
  },
};

let result = await client.api('/groups/{group-id}/team').put(team);
