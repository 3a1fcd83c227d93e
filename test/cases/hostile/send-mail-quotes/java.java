import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import java.util.LinkedList;

SendMailPostRequestBody sendMailPostRequestBody =
  new SendMailPostRequestBody();
Message message = new Message();
message.setSubject("Re: \"Q3\" plan — Ana's 'final' `draft` “v2” ‘b’ «c»");
ItemBody body = new ItemBody();
body.setContentType(BodyType.Text);
body.setContent(
  "Path: C:\\Users\\ana\\plan.docx\nRegex: ^\\d+\\.\\d*$ and a literal \\n stays\n\tIndented line\r\nEnd \\\" quote"
);
message.setBody(body);
LinkedList<Recipient> toRecipients = new LinkedList<>();
Recipient recipient = new Recipient();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setName("O'Neil, \"Sam\"");
emailAddress.setAddress("sam.oneil@fabrikam.example");
recipient.setEmailAddress(emailAddress);
toRecipients.add(recipient);
message.setToRecipients(toRecipients);
sendMailPostRequestBody.setMessage(message);
sendMailPostRequestBody.setSaveToSentItems(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient.me().sendMail().post(sendMailPostRequestBody);
