import com.microsoft.graph.users.item.getmembergroups.GetMemberGroupsPostRequestBody;
import com.microsoft.graph.users.item.getmembergroups.GetMemberGroupsPostResponse;

GetMemberGroupsPostRequestBody getMemberGroupsPostRequestBody =
  new GetMemberGroupsPostRequestBody();
getMemberGroupsPostRequestBody.setSecurityEnabledOnly(true);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
GetMemberGroupsPostResponse result = graphClient
  .me()
  .getMemberGroups()
  .post(getMemberGroupsPostRequestBody);
