// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .groups()
  .byGroupId("{group-id}")
  .members()
  .byDirectoryObjectId("{directoryObject-id}")
  .ref()
  .delete();
