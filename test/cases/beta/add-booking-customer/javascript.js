const options = {
  authProvider,
};

const client = Client.init(options);

const bookingCustomer = {
  displayName: 'Ilse Vandenberghe',
  emailAddress: 'ilse.v@northwind.example.org',
};

let result = await client
  .api('/bookingBusinesses/fabrikamrepairs@fabrikam.example.com/customers')
  .version('beta')
  .post(bookingCustomer);
