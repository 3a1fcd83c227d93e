import com.microsoft.graph.models.User;

User user = new User();
user.setAboutMe(
  "Line one\nLine two\twith a tab\nمرحبا\u200F then English; ends with a backslash \\"
);
user.setDepartment("R&D / \"Skunkworks\"");
user.setJobTitle("Ingénieure ü \\u0041 is not an escape here");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient.users().byUserId("{user-id}").patch(user);
