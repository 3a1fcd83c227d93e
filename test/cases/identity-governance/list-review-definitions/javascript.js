const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/identityGovernance/accessReviews/definitions')
  .filter(
    "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')",
  )
  .top(20)
  .skip(40)
  .get();
