import com.microsoft.graph.models.DirectoryObject;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DirectoryObject result = graphClient
  .directory()
  .deletedItems()
  .byDirectoryObjectId("{directoryObject-id}")
  .restore()
  .post();
