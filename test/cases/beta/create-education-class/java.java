import com.microsoft.graph.beta.models.EducationClass;
import com.microsoft.graph.beta.models.EducationExternalSource;

EducationClass educationClass = new EducationClass();
educationClass.setDisplayName("Chemistry 2B");
educationClass.setDescription("Second-year chemistry, group B");
educationClass.setClassCode("CHEM-2B");
educationClass.setExternalId("sis-40871");
educationClass.setExternalName("Chemistry year 2 group B");
educationClass.setExternalSource(EducationExternalSource.Sis);
educationClass.setMailNickname("chem2b");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EducationClass result = graphClient
  .education()
  .classes()
  .post(educationClass);
