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
disabledPlans.add(UUID.fromString("6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55"));
assignedLicense.setDisabledPlans(disabledPlans);
assignedLicense.setSkuId(
  UUID.fromString("c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c")
);
addLicenses.add(assignedLicense);
assignLicensePostRequestBody.setAddLicenses(addLicenses);
LinkedList<UUID> removeLicenses = new LinkedList<>();
assignLicensePostRequestBody.setRemoveLicenses(removeLicenses);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient
  .users()
  .byUserId("{user-id}")
  .assignLicense()
  .post(assignLicensePostRequestBody);
