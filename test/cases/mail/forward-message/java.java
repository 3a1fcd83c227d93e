import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.users.item.messages.item.forward.ForwardPostRequestBody;
import java.util.LinkedList;

ForwardPostRequestBody forwardPostRequestBody =
  new ForwardPostRequestBody();
forwardPostRequestBody.setComment(
  "Forwarding the supplier's quote for review."
);
LinkedList<Recipient> toRecipients = new LinkedList<>();
Recipient recipient = new Recipient();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setName("Priya Natarajan");
emailAddress.setAddress("priya.n@fabrikam.example");
recipient.setEmailAddress(emailAddress);
toRecipients.add(recipient);
forwardPostRequestBody.setToRecipients(toRecipients);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .me()
  .messages()
  .byMessageId("{message-id}")
  .forward()
  .post(forwardPostRequestBody);
