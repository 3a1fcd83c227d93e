const options = {
  authProvider,
};

const client = Client.init(options);

const forward = {
  comment: "Forwarding the supplier's quote for review.",
  toRecipients: [
    {
      emailAddress: {
        name: 'Priya Natarajan',
        address: 'priya.n@fabrikam.example',
      },
    },
  ],
};

await client.api('/me/messages/{message-id}/forward').post(forward);
