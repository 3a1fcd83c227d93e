const options = {
  authProvider,
};

const client = Client.init(options);

const contact = {
  givenName: 'Ilse',
  surname: 'Brandt',
  birthday: 'datetime-value',
};

let result = await client.api('/me/contacts').post(contact);
