const options = {
  authProvider,
};

const client = Client.init(options);

const validateProperties = {
  displayName: 'Pendulum lab group',
  mailNickname: 'pendulum-lab',
  onBehalfOfUserId: 'c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38',
};

await client
  .api('/groups/3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa/validateProperties')
  .post(validateProperties);
