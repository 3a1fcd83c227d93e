import com.microsoft.graph.beta.models.OnlineMeeting;
import java.time.OffsetDateTime;

OnlineMeeting onlineMeeting = new OnlineMeeting();
onlineMeeting.setStartDateTime(
  OffsetDateTime.parse("2026-02-18T14:00:00-08:00")
);
onlineMeeting.setEndDateTime(
  OffsetDateTime.parse("2026-02-18T14:45:00-08:00")
);
onlineMeeting.setSubject("Badge system: handover");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
OnlineMeeting result = graphClient
  .me()
  .onlineMeetings()
  .post(onlineMeeting);
