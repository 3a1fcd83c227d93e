import com.microsoft.graph.drives.item.items.item.deltawithtoken.DeltaWithTokenGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeltaWithTokenGetResponse result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("root")
  .deltaWithToken("latest")
  .get();
