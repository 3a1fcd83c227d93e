import com.microsoft.graph.models.Application;
import java.util.LinkedList;

Application application = new Application();
application.setDisplayName("Fabrikam Timesheets");
application.setSignInAudience("AzureADMyOrg");
LinkedList<String> tags = new LinkedList<>();
tags.add("hr");
tags.add("timekeeping");
application.setTags(tags);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Application result = graphClient
  .applicationsWithUniqueName("fabrikam-timesheets")
  .put(application, requestConfiguration -> {
    requestConfiguration.headers.add("Prefer", "create-if-missing");
  });
