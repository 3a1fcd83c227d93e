import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.Folder;
import java.util.HashMap;

DriveItem driveItem = new DriveItem();
driveItem.setName("Receipts 2025");
Folder folder = new Folder();
driveItem.setFolder(folder);
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("@microsoft.graph.conflictBehavior", "fail");
driveItem.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DriveItem result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("root")
  .children()
  .post(driveItem);
