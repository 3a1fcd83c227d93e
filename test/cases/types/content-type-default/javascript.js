const options = {
  authProvider,
};

const client = Client.init(options);

const contentType = {
  name: 'Purchase order',
  description: 'A purchase order with its approval state',
  group: 'Procurement',
  order: {
    default: true,
    position: 1,
  },
  hidden: false,
};

let result = await client
  .api('/sites/{site-id}/contentTypes')
  .post(contentType);
