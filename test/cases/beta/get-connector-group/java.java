import com.microsoft.graph.beta.models.ConnectorGroup;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ConnectorGroup result = graphClient
  .connectorGroups()
  .byConnectorGroupId("{connectorGroup-id}")
  .get();
