import com.microsoft.graph.models.Attendee;
import com.microsoft.graph.models.AttendeeType;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Location;
import java.util.LinkedList;

Event event = new Event();
event.setSubject("Café Zürich — 中文会议 🎉");
ItemBody body = new ItemBody();
body.setContentType(BodyType.Text);
body.setContent(
  "Room: שלום\u200F (RLM after it), NUL: \000, bell: \007, escaped emoji: 🚀, line separator:\u2028end"
);
event.setBody(body);
DateTimeTimeZone start = new DateTimeTimeZone();
start.setDateTime("2025-08-04T10:00:00");
start.setTimeZone("W. Europe Standard Time");
event.setStart(start);
DateTimeTimeZone end = new DateTimeTimeZone();
end.setDateTime("2025-08-04T11:00:00");
end.setTimeZone("W. Europe Standard Time");
event.setEnd(end);
Location location = new Location();
location.setDisplayName("Üetlibergstraße 12, 8045 Zürich");
event.setLocation(location);
LinkedList<Attendee> attendees = new LinkedList<>();
Attendee attendee = new Attendee();
attendee.setType(AttendeeType.Required);
EmailAddress emailAddress = new EmailAddress();
emailAddress.setName("李雷");
emailAddress.setAddress("li.lei@fabrikam.example");
attendee.setEmailAddress(emailAddress);
attendees.add(attendee);
event.setAttendees(attendees);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Event result = graphClient.me().events().post(event);
