const options = {
  authProvider,
};

const client = Client.init(options);

const assignLicense = {
  addLicenses: [
    {
      disabledPlans: [],
      skuId: 'skuId-value-1',
    },
  ],
  removeLicenses: ['skuId-value-2'],
};

let result = await client
  .api('/users/{user-id}/assignLicense')
  .post(assignLicense);
