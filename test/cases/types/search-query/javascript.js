const options = {
  authProvider,
};

const client = Client.init(options);

const query = {
  requests: [
    {
      entityTypes: ['driveItem', 'listItem'],
      query: {
        queryString: 'budget AND filetype:xlsx',
      },
      from: 0,
      size: 25,
      fields: ['name', 'size'],
      collapseProperties: [
        {
          fields: ['siteId'],
          limit: 1,
        },
      ],
      sortProperties: [
        {
          name: 'size',
          isDescending: true,
        },
      ],
    },
  ],
};

let result = await client.api('/search/query').post(query);
