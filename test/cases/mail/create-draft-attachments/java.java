import com.microsoft.graph.models.Attachment;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FileAttachment;
import com.microsoft.graph.models.ItemAttachment;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import java.util.Base64;
import java.util.LinkedList;

Message message = new Message();
message.setSubject("Signed lease and the viewing");
Recipient from = new Recipient();
EmailAddress emailAddress = new EmailAddress();
emailAddress.setName("Rental office");
emailAddress.setAddress("leasing@fabrikam.example");
from.setEmailAddress(emailAddress);
message.setFrom(from);
LinkedList<Attachment> attachments = new LinkedList<>();
FileAttachment fileAttachment = new FileAttachment();
fileAttachment.setOdataType("#microsoft.graph.fileAttachment");
fileAttachment.setName("lease.txt");
fileAttachment.setContentType("text/plain");
fileAttachment.setContentBytes(
  Base64.getDecoder().decode("TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu")
);
attachments.add(fileAttachment);
ItemAttachment itemAttachment = new ItemAttachment();
itemAttachment.setOdataType("#microsoft.graph.itemAttachment");
itemAttachment.setName("Viewing");
Event item = new Event();
item.setOdataType("#microsoft.graph.event");
item.setSubject("Apartment viewing");
DateTimeTimeZone start = new DateTimeTimeZone();
start.setDateTime("2025-02-20T16:30:00");
start.setTimeZone("Pacific Standard Time");
item.setStart(start);
DateTimeTimeZone end = new DateTimeTimeZone();
end.setDateTime("2025-02-20T17:00:00");
end.setTimeZone("Pacific Standard Time");
item.setEnd(end);
itemAttachment.setItem(item);
attachments.add(itemAttachment);
message.setAttachments(attachments);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Message result = graphClient.me().messages().post(message);
