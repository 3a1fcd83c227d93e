import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;

User user = new User();
user.setAccountEnabled(true);
user.setDisplayName("Teodora Vasquez");
user.setMailNickname("TeodoraV");
user.setUserPrincipalName("teodora.vasquez@fabrikam.example");
user.setUsageLocation("MX");
PasswordProfile passwordProfile = new PasswordProfile();
passwordProfile.setForceChangePasswordNextSignIn(true);
passwordProfile.setPassword("k7#Lq2!vRw9p");
user.setPasswordProfile(passwordProfile);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient.users().post(user);
