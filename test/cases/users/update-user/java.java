import com.microsoft.graph.models.User;
import java.time.OffsetDateTime;
import java.util.LinkedList;

User user = new User();
LinkedList<String> businessPhones = new LinkedList<>();
businessPhones.add("+52 55 4100 7788");
businessPhones.add("+52 55 4100 7789");
user.setBusinessPhones(businessPhones);
user.setOfficeLocation("Torre B, piso 12");
user.setEmployeeHireDate(OffsetDateTime.parse("2023-11-06T00:00:00Z"));
user.setMobilePhone(null);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient.users().byUserId("{user-id}").patch(user);
