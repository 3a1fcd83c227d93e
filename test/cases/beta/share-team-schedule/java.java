import com.microsoft.graph.beta.teams.item.schedule.share.SharePostRequestBody;
import java.time.OffsetDateTime;

SharePostRequestBody sharePostRequestBody = new SharePostRequestBody();
sharePostRequestBody.setNotifyTeam(true);
sharePostRequestBody.setStartDateTime(
  OffsetDateTime.parse("2026-03-02T00:00:00Z")
);
sharePostRequestBody.setEndDateTime(
  OffsetDateTime.parse("2026-03-09T00:00:00Z")
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .teams()
  .byTeamId("6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4")
  .schedule()
  .share()
  .post(sharePostRequestBody);
