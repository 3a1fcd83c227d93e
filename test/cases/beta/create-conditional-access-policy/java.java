import com.microsoft.graph.beta.models.ConditionalAccessApplications;
import com.microsoft.graph.beta.models.ConditionalAccessClientApp;
import com.microsoft.graph.beta.models.ConditionalAccessConditionSet;
import com.microsoft.graph.beta.models.ConditionalAccessGrantControl;
import com.microsoft.graph.beta.models.ConditionalAccessGrantControls;
import com.microsoft.graph.beta.models.ConditionalAccessLocations;
import com.microsoft.graph.beta.models.ConditionalAccessPolicy;
import com.microsoft.graph.beta.models.ConditionalAccessPolicyState;
import com.microsoft.graph.beta.models.ConditionalAccessUsers;
import java.util.LinkedList;

ConditionalAccessPolicy conditionalAccessPolicy =
  new ConditionalAccessPolicy();
conditionalAccessPolicy.setDisplayName("Finance needs MFA off the network");
conditionalAccessPolicy.setState(
  ConditionalAccessPolicyState.EnabledForReportingButNotEnforced
);
ConditionalAccessConditionSet conditions =
  new ConditionalAccessConditionSet();
LinkedList<ConditionalAccessClientApp> clientAppTypes = new LinkedList<>();
clientAppTypes.add(ConditionalAccessClientApp.Browser);
clientAppTypes.add(ConditionalAccessClientApp.MobileAppsAndDesktopClients);
conditions.setClientAppTypes(clientAppTypes);
ConditionalAccessApplications applications =
  new ConditionalAccessApplications();
LinkedList<String> includeApplications = new LinkedList<>();
includeApplications.add("All");
applications.setIncludeApplications(includeApplications);
conditions.setApplications(applications);
ConditionalAccessUsers users = new ConditionalAccessUsers();
LinkedList<String> includeGroups = new LinkedList<>();
includeGroups.add("2e8f6a1c-93b4-4d07-8c5a-f1e0d29b7a36");
users.setIncludeGroups(includeGroups);
conditions.setUsers(users);
ConditionalAccessLocations locations = new ConditionalAccessLocations();
LinkedList<String> includeLocations = new LinkedList<>();
includeLocations.add("All");
locations.setIncludeLocations(includeLocations);
LinkedList<String> excludeLocations = new LinkedList<>();
excludeLocations.add("AllTrusted");
locations.setExcludeLocations(excludeLocations);
conditions.setLocations(locations);
conditionalAccessPolicy.setConditions(conditions);
ConditionalAccessGrantControls grantControls =
  new ConditionalAccessGrantControls();
grantControls.setOperator("OR");
LinkedList<ConditionalAccessGrantControl> builtInControls =
  new LinkedList<>();
builtInControls.add(ConditionalAccessGrantControl.Mfa);
grantControls.setBuiltInControls(builtInControls);
conditionalAccessPolicy.setGrantControls(grantControls);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ConditionalAccessPolicy result = graphClient
  .identity()
  .conditionalAccess()
  .policies()
  .post(conditionalAccessPolicy);
