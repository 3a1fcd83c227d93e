import com.microsoft.graph.models.EducationClassCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EducationClassCollectionResponse result = graphClient
  .education()
  .schools()
  .byEducationSchoolId("{educationSchool-id}")
  .classes()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.expand = new String[] {
      "teachers($select=id,displayName)",
    };
    requestConfiguration.queryParameters.orderby = new String[] {
      "displayName",
    };
    requestConfiguration.queryParameters.top = 30;
  });
