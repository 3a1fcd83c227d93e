import com.microsoft.graph.models.User;

User user = new User();
user.setJobTitle("String");
user.setAccountEnabled(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient.users().byUserId("{user-id}").patch(user);
