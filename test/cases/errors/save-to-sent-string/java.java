import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import java.util.LinkedList;

SendMailPostRequestBody sendMailPostRequestBody =
  new SendMailPostRequestBody();
Message message = new Message();
message.setSubject("Gate code changed");
LinkedList<Recipient> toRecipients = new LinkedList<>();
Recipient recipient = new Recipient();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setAddress("tenants@fabrikam.example");
recipient.setEmailAddress(emailAddress);
toRecipients.add(recipient);
message.setToRecipients(toRecipients);
sendMailPostRequestBody.setMessage(message);
sendMailPostRequestBody.setSaveToSentItems(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient.me().sendMail().post(sendMailPostRequestBody);
