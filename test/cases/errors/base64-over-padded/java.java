import com.microsoft.graph.models.Attachment;
import com.microsoft.graph.models.FileAttachment;
import java.util.Base64;

FileAttachment fileAttachment = new FileAttachment();
fileAttachment.setOdataType("#microsoft.graph.fileAttachment");
fileAttachment.setName("hello.txt");
fileAttachment.setContentBytes(
  Base64.getDecoder().decode("SGVsbG8gd29ybGQ=")
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Attachment result = graphClient
  .me()
  .messages()
  .byMessageId("{message-id}")
  .attachments()
  .post(fileAttachment);
