const options = {
  authProvider,
};

const client = Client.init(options);

const forceDelete = {
  disableUserAccounts: true,
};

await client.api('/domains/contoso.com/forceDelete').post(forceDelete);
