import com.microsoft.graph.models.AadUserConversationMember;
import com.microsoft.graph.models.ConversationMember;
import com.microsoft.graph.models.Team;
import java.util.HashMap;
import java.util.LinkedList;

Team team = new Team();
team.setDisplayName("Harbor logistics");
team.setDescription("Berth schedules and crane bookings");
LinkedList<ConversationMember> members = new LinkedList<>();
AadUserConversationMember aadUserConversationMember =
  new AadUserConversationMember();
aadUserConversationMember.setOdataType(
  "#microsoft.graph.aadUserConversationMember"
);
LinkedList<String> roles = new LinkedList<>();
roles.add("owner");
aadUserConversationMember.setRoles(roles);
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put(
  "user@odata.bind",
  "https://graph.microsoft.com/v1.0/users('5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53')"
);
aadUserConversationMember.setAdditionalData(additionalData);
members.add(aadUserConversationMember);
team.setMembers(members);
HashMap<String, Object> additionalData1 = new HashMap<>();
additionalData1.put(
  "template@odata.bind",
  "https://graph.microsoft.com/v1.0/teamsTemplates('standard')"
);
team.setAdditionalData(additionalData1);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Team result = graphClient.teams().post(team);
