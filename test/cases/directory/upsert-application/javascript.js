const options = {
  authProvider,
};

const client = Client.init(options);

const application = {
  displayName: 'Fabrikam Timesheets',
  signInAudience: 'AzureADMyOrg',
  tags: ['hr', 'timekeeping'],
};

let result = await client
  .api("/applications(uniqueName='fabrikam-timesheets')")
  .header('Prefer', 'create-if-missing')
  .put(application);
