import com.microsoft.graph.models.ReferenceCreate;

ReferenceCreate referenceCreate = new ReferenceCreate();
referenceCreate.setOdataId(
  "https://graph.microsoft.com/v1.0/directoryObjects/3d9f2b7e-61c4-4a08-bf15-c7e0a2d85b93"
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .groups()
  .byGroupId("{group-id}")
  .members()
  .ref()
  .post(referenceCreate);
