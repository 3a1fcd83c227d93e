import com.microsoft.graph.models.Group;
import java.util.HashMap;
import java.util.LinkedList;

Group group = new Group();
group.setDescription("Volunteers for the spring cleanup");
group.setDisplayName("Riverbank cleanup");
LinkedList<String> groupTypes = new LinkedList<>();
groupTypes.add("Unified");
group.setGroupTypes(groupTypes);
group.setMailEnabled(true);
group.setMailNickname("riverbank-cleanup");
group.setSecurityEnabled(false);
HashMap<String, Object> additionalData = new HashMap<>();
LinkedList<String> ownersOdataBind = new LinkedList<>();
ownersOdataBind.add(
  "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49"
);
additionalData.put("owners@odata.bind", ownersOdataBind);
LinkedList<String> membersOdataBind = new LinkedList<>();
membersOdataBind.add(
  "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49"
);
membersOdataBind.add(
  "https://graph.microsoft.com/v1.0/users/a41e9d07-3c58-4f2b-9e6a-07b8c3d1f5e2"
);
additionalData.put("members@odata.bind", membersOdataBind);
group.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Group result = graphClient.groups().post(group);
