import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.User;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import java.util.LinkedList;
import java.util.UUID;

AssignLicensePostRequestBody assignLicensePostRequestBody =
  new AssignLicensePostRequestBody();
LinkedList<AssignedLicense> addLicenses = new LinkedList<>();
AssignedLicense assignedLicense = new AssignedLicense();
LinkedList<UUID> disabledPlans = new LinkedList<>();
assignedLicense.setDisabledPlans(disabledPlans);
assignedLicense.setSkuId(
  UUID.fromString("00000000-0000-0000-0000-000000000000")
);
addLicenses.add(assignedLicense);
assignLicensePostRequestBody.setAddLicenses(addLicenses);
LinkedList<UUID> removeLicenses = new LinkedList<>();
removeLicenses.add(UUID.fromString("00000000-0000-0000-0000-000000000000"));
assignLicensePostRequestBody.setRemoveLicenses(removeLicenses);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient
  .users()
  .byUserId("{user-id}")
  .assignLicense()
  .post(assignLicensePostRequestBody);
