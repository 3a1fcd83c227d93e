const options = {
  authProvider,
};

const client = Client.init(options);

const deviceManagement = {
  intuneBrand: {
    displayName: 'Fabrikam IT',
    contactITEmailAddress: 'helpdesk@fabrikam.example',
    themeColor: {
      r: 0,
      g: 120,
      b: 215,
    },
    showLogo: true,
    showDisplayNameNextToLogo: false,
  },
};

await client.api('/deviceManagement').patch(deviceManagement);
