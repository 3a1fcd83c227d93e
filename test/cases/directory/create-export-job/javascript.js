const options = {
  authProvider,
};

const client = Client.init(options);

const deviceManagementExportJob = {
  reportName: 'Devices',
  select: ['DeviceName', 'OSVersion'],
  filter: "(OwnerType eq '1')",
  format: 'csv',
  localizationType: 'replaceLocalizableValues',
};

let result = await client
  .api('/deviceManagement/reports/exportJobs')
  .post(deviceManagementExportJob);
