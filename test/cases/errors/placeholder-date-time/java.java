import com.microsoft.graph.models.Contact;
import java.time.OffsetDateTime;

Contact contact = new Contact();
contact.setGivenName("Ilse");
contact.setSurname("Brandt");
contact.setBirthday(OffsetDateTime.parse("0001-01-01T00:00:00Z"));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Contact result = graphClient.me().contacts().post(contact);
