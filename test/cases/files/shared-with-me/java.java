import com.microsoft.graph.drives.item.sharedwithme.SharedWithMeGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
SharedWithMeGetResponse result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .sharedWithMe()
  .get();
