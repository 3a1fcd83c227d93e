const options = {
  authProvider,
};

const client = Client.init(options);

const cancel = {
  cancellationMessage:
    'The technician is ill; we will call you to pick a new date.',
};

await client
  .api(
    '/bookingBusinesses/fabrikamrepairs@fabrikam.example.com/appointments/AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA=/cancel',
  )
  .version('beta')
  .post(cancel);
