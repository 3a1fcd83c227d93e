import com.microsoft.graph.models.MailTipsType;
import com.microsoft.graph.users.item.getmailtips.GetMailTipsPostRequestBody;
import com.microsoft.graph.users.item.getmailtips.GetMailTipsPostResponse;
import java.util.EnumSet;
import java.util.LinkedList;

GetMailTipsPostRequestBody getMailTipsPostRequestBody =
  new GetMailTipsPostRequestBody();
LinkedList<String> emailAddresses = new LinkedList<>();
emailAddresses.add("kwame.boateng@fabrikam.example");
emailAddresses.add("orders@fabrikam.example");
getMailTipsPostRequestBody.setEmailAddresses(emailAddresses);
getMailTipsPostRequestBody.setMailTipsOptions(
  EnumSet.of(MailTipsType.AutomaticReplies, MailTipsType.MailboxFullStatus)
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
GetMailTipsPostResponse result = graphClient
  .me()
  .getMailTips()
  .post(getMailTipsPostRequestBody);
