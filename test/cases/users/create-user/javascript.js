const options = {
  authProvider,
};

const client = Client.init(options);

const user = {
  accountEnabled: true,
  displayName: 'Teodora Vasquez',
  mailNickname: 'TeodoraV',
  userPrincipalName: 'teodora.vasquez@fabrikam.example',
  usageLocation: 'MX',
  passwordProfile: {
    forceChangePasswordNextSignIn: true,
    password: 'k7#Lq2!vRw9p',
  },
};

let result = await client.api('/users').post(user);
