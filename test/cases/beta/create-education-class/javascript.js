const options = {
  authProvider,
};

const client = Client.init(options);

const educationClass = {
  displayName: 'Chemistry 2B',
  description: 'Second-year chemistry, group B',
  classCode: 'CHEM-2B',
  externalId: 'sis-40871',
  externalName: 'Chemistry year 2 group B',
  externalSource: 'sis',
  mailNickname: 'chem2b',
};

let result = await client
  .api('/education/classes')
  .version('beta')
  .post(educationClass);
