const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api(
    '/servicePrincipals/{servicePrincipal-id}/claimsMappingPolicies/{claimsMappingPolicy-id}/$ref',
  )
  .delete();
