import com.microsoft.graph.models.CollapseProperty;
import com.microsoft.graph.models.EntityType;
import com.microsoft.graph.models.SearchQuery;
import com.microsoft.graph.models.SearchRequest;
import com.microsoft.graph.models.SortProperty;
import com.microsoft.graph.search.query.QueryPostRequestBody;
import com.microsoft.graph.search.query.QueryPostResponse;
import java.util.LinkedList;

QueryPostRequestBody queryPostRequestBody = new QueryPostRequestBody();
LinkedList<SearchRequest> requests = new LinkedList<>();
SearchRequest searchRequest = new SearchRequest();
LinkedList<EntityType> entityTypes = new LinkedList<>();
entityTypes.add(EntityType.DriveItem);
entityTypes.add(EntityType.ListItem);
searchRequest.setEntityTypes(entityTypes);
SearchQuery query = new SearchQuery();
query.setQueryString("budget AND filetype:xlsx");
searchRequest.setQuery(query);
searchRequest.setFrom(0);
searchRequest.setSize(25);
LinkedList<String> fields = new LinkedList<>();
fields.add("name");
fields.add("size");
searchRequest.setFields(fields);
LinkedList<CollapseProperty> collapseProperties = new LinkedList<>();
CollapseProperty collapseProperty = new CollapseProperty();
LinkedList<String> fields1 = new LinkedList<>();
fields1.add("siteId");
collapseProperty.setFields(fields1);
collapseProperty.setLimit(1);
collapseProperties.add(collapseProperty);
searchRequest.setCollapseProperties(collapseProperties);
LinkedList<SortProperty> sortProperties = new LinkedList<>();
SortProperty sortProperty = new SortProperty();
sortProperty.setName("size");
sortProperty.setIsDescending(true);
sortProperties.add(sortProperty);
searchRequest.setSortProperties(sortProperties);
requests.add(searchRequest);
queryPostRequestBody.setRequests(requests);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
QueryPostResponse result = graphClient
  .search()
  .query()
  .post(queryPostRequestBody);
