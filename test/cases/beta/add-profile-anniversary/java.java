import com.microsoft.graph.beta.models.PersonAnnualEvent;
import com.microsoft.graph.beta.models.PersonAnnualEventType;
import java.time.LocalDate;

PersonAnnualEvent personAnnualEvent = new PersonAnnualEvent();
personAnnualEvent.setType(PersonAnnualEventType.Birthday);
personAnnualEvent.setDate(LocalDate.of(1990, 7, 21));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
PersonAnnualEvent result = graphClient
  .me()
  .profile()
  .anniversaries()
  .post(personAnnualEvent);
