import com.microsoft.graph.models.Application;
import com.microsoft.graph.models.KeyCredential;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedList;
import java.util.UUID;

Application application = new Application();
LinkedList<KeyCredential> keyCredentials = new LinkedList<>();
KeyCredential keyCredential = new KeyCredential();
keyCredential.setType("AsymmetricX509Cert");
keyCredential.setUsage("Verify");
keyCredential.setDisplayName("CN=build-agent");
keyCredential.setKeyId(
  UUID.fromString("9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94")
);
keyCredential.setStartDateTime(
  OffsetDateTime.parse("2025-01-01T00:00:00Z")
);
keyCredential.setEndDateTime(OffsetDateTime.parse("2026-01-01T00:00:00Z"));
keyCredential.setKey(
  Base64.getDecoder().decode("MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ=")
);
keyCredentials.add(keyCredential);
application.setKeyCredentials(keyCredentials);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Application result = graphClient
  .applications()
  .byApplicationId("{application-id}")
  .patch(application);
