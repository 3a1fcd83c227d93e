import java.io.InputStream;
import java.time.LocalDate;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
InputStream result = graphClient
  .reports()
  .getYammerActivityUserDetailWithDate(LocalDate.of(2025, 5, 19))
  .get();
