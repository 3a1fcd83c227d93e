import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostRequestBody;
import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostResponse;
import java.util.LinkedList;

GetByIdsPostRequestBody getByIdsPostRequestBody =
  new GetByIdsPostRequestBody();
LinkedList<String> ids = new LinkedList<>();
ids.add("c58a2e0f-7d41-4b96-8e3c-1f9b6a0d4e27");
ids.add("0e4b7d1a-f352-49c8-a6d0-b8e2c5f7193a");
getByIdsPostRequestBody.setIds(ids);
LinkedList<String> types = new LinkedList<>();
types.add("user");
types.add("group");
getByIdsPostRequestBody.setTypes(types);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
GetByIdsPostResponse result = graphClient
  .directoryObjects()
  .getByIds()
  .post(getByIdsPostRequestBody);
