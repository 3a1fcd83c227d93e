import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.Location;
import java.util.LinkedList;

Event event = new Event();
event.setSubject("Pottery class (room change)");
Location location = new Location();
location.setDisplayName("Annex, room 2");
event.setLocation(location);
LinkedList<String> categories = new LinkedList<>();
event.setCategories(categories);
event.setIsAllDay(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Event result = graphClient
  .me()
  .events()
  .byEventId("{event-id}")
  .patch(event, requestConfiguration -> {
    requestConfiguration.headers.add(
      "If-Match",
      "W/\"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A==\""
    );
  });
