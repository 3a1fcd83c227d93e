const options = {
  authProvider,
};

const client = Client.init(options);

const sendMail = {
  message: {
    subject: 'Gate code changed',
    toRecipients: [
      {
        emailAddress: {
          address: 'tenants@fabrikam.example',
        },
      },
    ],
  },
  saveToSentItems: false,
};

await client.api('/me/sendMail').post(sendMail);
