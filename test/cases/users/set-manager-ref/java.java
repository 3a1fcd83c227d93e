import com.microsoft.graph.models.ReferenceUpdate;

ReferenceUpdate referenceUpdate = new ReferenceUpdate();
referenceUpdate.setOdataId(
  "https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a"
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .users()
  .byUserId("{user-id}")
  .manager()
  .ref()
  .put(referenceUpdate);
