import com.microsoft.graph.beta.models.SkillProficiencyCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
SkillProficiencyCollectionResponse result = graphClient
  .me()
  .profile()
  .skills()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "displayName",
      "proficiency",
    };
    requestConfiguration.queryParameters.top = 5;
  });
