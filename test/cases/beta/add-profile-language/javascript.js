const options = {
  authProvider,
};

const client = Client.init(options);

const languageProficiency = {
  displayName: 'Portuguese',
  tag: 'pt-BR',
  spoken: 'nativeOrBilingual',
  written: 'fullProfessional',
  reading: 'nativeOrBilingual',
};

let result = await client
  .api('/me/profile/languages')
  .version('beta')
  .post(languageProficiency);
