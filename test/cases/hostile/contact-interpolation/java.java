import com.microsoft.graph.models.Contact;
import com.microsoft.graph.models.EmailAddress;
import java.util.LinkedList;

Contact contact = new Contact();
contact.setGivenName("$name");
contact.setSurname("${surname}");
contact.setNickName(
  "`whoami` $(id) #{ruby} {0} {{mustache}} it''s doubled"
);
contact.setJobTitle("100% sure, 50%% off, %s and %d and %n");
contact.setCompanyName(
  "*/ closing a comment /* and <?php echo 1; ?> and ?> alone"
);
contact.setPersonalNotes(
  "@'\nsingle here-string\n'@\n@\"\ndouble here-string $env:PATH\n\"@"
);
LinkedList<EmailAddress> emailAddresses = new LinkedList<>();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setAddress("dollar$sign@fabrikam.example");
emailAddress.setName("<script>alert('x')</script>");
emailAddresses.add(emailAddress);
contact.setEmailAddresses(emailAddresses);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Contact result = graphClient.me().contacts().post(contact);
