const options = {
  authProvider,
};

const client = Client.init(options);

await client
  .api(
    '/security/cases/ediscoveryCases/{ediscoveryCaseId}/microsoft.graph.security.close',
  )
  .post();
