import com.microsoft.graph.drives.item.items.item.searchwithq.SearchWithQGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
SearchWithQGetResponse result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("root")
  .searchWithQ("{search-query}")
  .get();
