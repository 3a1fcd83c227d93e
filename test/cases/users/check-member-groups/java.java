import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostRequestBody;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostResponse;
import java.util.LinkedList;

CheckMemberGroupsPostRequestBody checkMemberGroupsPostRequestBody =
  new CheckMemberGroupsPostRequestBody();
LinkedList<String> groupIds = new LinkedList<>();
groupIds.add("8e3a1f55-2c47-4b90-9d1e-6f0a4c7b2e18");
groupIds.add("f19b7c02-5a6e-43d8-b0c4-97e2a1d36f4b");
checkMemberGroupsPostRequestBody.setGroupIds(groupIds);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
CheckMemberGroupsPostResponse result = graphClient
  .me()
  .checkMemberGroups()
  .post(checkMemberGroupsPostRequestBody);
