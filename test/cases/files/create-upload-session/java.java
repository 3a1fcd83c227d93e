import com.microsoft.graph.drives.item.items.item.createuploadsession.CreateUploadSessionPostRequestBody;
import com.microsoft.graph.models.DriveItemUploadableProperties;
import com.microsoft.graph.models.UploadSession;
import java.util.HashMap;

CreateUploadSessionPostRequestBody createUploadSessionPostRequestBody =
  new CreateUploadSessionPostRequestBody();
DriveItemUploadableProperties item = new DriveItemUploadableProperties();
item.setName("site-survey-2025.mp4");
item.setDescription("Drone footage of the north field");
item.setFileSize(5368709120L);
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("@microsoft.graph.conflictBehavior", "rename");
item.setAdditionalData(additionalData);
createUploadSessionPostRequestBody.setItem(item);
HashMap<String, Object> additionalData1 = new HashMap<>();
additionalData1.put("deferCommit", true);
createUploadSessionPostRequestBody.setAdditionalData(additionalData1);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UploadSession result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .createUploadSession()
  .post(createUploadSessionPostRequestBody);
