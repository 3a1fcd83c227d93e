import com.microsoft.graph.beta.models.LanguageProficiency;
import com.microsoft.graph.beta.models.LanguageProficiencyLevel;

LanguageProficiency languageProficiency = new LanguageProficiency();
languageProficiency.setDisplayName("Portuguese");
languageProficiency.setTag("pt-BR");
languageProficiency.setSpoken(LanguageProficiencyLevel.NativeOrBilingual);
languageProficiency.setWritten(LanguageProficiencyLevel.FullProfessional);
languageProficiency.setReading(LanguageProficiencyLevel.NativeOrBilingual);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
LanguageProficiency result = graphClient
  .me()
  .profile()
  .languages()
  .post(languageProficiency);
