const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/education/schools/{educationSchool-id}/classes')
  .expand('teachers($select=id,displayName)')
  .orderby('displayName')
  .top(30)
  .get();
