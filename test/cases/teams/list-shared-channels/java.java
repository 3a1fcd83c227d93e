import com.microsoft.graph.models.ChannelCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ChannelCollectionResponse result = graphClient
  .teams()
  .byTeamId("{team-id}")
  .allChannels()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter =
      "membershipType eq 'shared'";
  });
