const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users/{user-id}')
  .select('displayName,jobTitle,officeLocation,employeeId')
  .get();
