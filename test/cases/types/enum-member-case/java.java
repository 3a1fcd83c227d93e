import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Location;
import com.microsoft.graph.models.LocationType;
import com.microsoft.graph.models.Sensitivity;

Event event = new Event();
ItemBody body = new ItemBody();
body.setContentType(BodyType.Html);
body.setContent("<p>Moved to the <b>blue</b> room.</p>");
event.setBody(body);
Location location = new Location();
location.setDisplayName("Blue room");
location.setLocationType(LocationType.Default);
event.setLocation(location);
event.setShowAs(FreeBusyStatus.Busy);
event.setSensitivity(Sensitivity.Private);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Event result = graphClient
  .me()
  .events()
  .byEventId("{event-id}")
  .patch(event);
