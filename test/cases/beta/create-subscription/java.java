import com.microsoft.graph.beta.models.Subscription;
import java.time.OffsetDateTime;

Subscription subscription = new Subscription();
subscription.setChangeType("created");
subscription.setNotificationUrl(
  "https://hooks.fabrikam.example.com/graph/notify"
);
subscription.setResource("me/mailFolders('Inbox')/messages");
subscription.setExpirationDateTime(
  OffsetDateTime.parse("2026-02-12T09:30:00Z")
);
subscription.setClientState("fabrikam-4711");
subscription.setLatestSupportedTlsVersion("v1_2");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Subscription result = graphClient.subscriptions().post(subscription);
