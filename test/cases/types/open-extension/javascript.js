const options = {
  authProvider,
};

const client = Client.init(options);

const openTypeExtension = {
  '@odata.type': 'microsoft.graph.openTypeExtension',
  extensionName: 'com.fabrikam.kioskSettings',
  theme: 'high-contrast',
  fontScale: 1.25,
  pinnedApps: ['timesheet', 'badge'],
  layout: {
    columns: 3,
    compact: false,
  },
};

let result = await client.api('/me/extensions').post(openTypeExtension);
