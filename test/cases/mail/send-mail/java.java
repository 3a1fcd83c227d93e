import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Importance;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import java.util.LinkedList;

SendMailPostRequestBody sendMailPostRequestBody =
  new SendMailPostRequestBody();
Message message = new Message();
message.setSubject("Quarterly inventory count on Friday");
ItemBody body = new ItemBody();
body.setContentType(BodyType.Text);
body.setContent("Please finish the shelf count for aisle 7 before noon.");
message.setBody(body);
LinkedList<Recipient> toRecipients = new LinkedList<>();
Recipient recipient = new Recipient();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setAddress("ines.duarte@fabrikam.example");
recipient.setEmailAddress(emailAddress);
toRecipients.add(recipient);
message.setToRecipients(toRecipients);
LinkedList<Recipient> ccRecipients = new LinkedList<>();
Recipient recipient1 = new Recipient();
EmailAddress emailAddress1 = new EmailAddress();
emailAddress1.setName("Warehouse team");
emailAddress1.setAddress("warehouse@fabrikam.example");
recipient1.setEmailAddress(emailAddress1);
ccRecipients.add(recipient1);
message.setCcRecipients(ccRecipients);
message.setImportance(Importance.High);
sendMailPostRequestBody.setMessage(message);
sendMailPostRequestBody.setSaveToSentItems(true);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient.me().sendMail().post(sendMailPostRequestBody);
