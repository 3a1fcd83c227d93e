import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.PackageEscaped;

DriveItem driveItem = new DriveItem();
driveItem.setName("Field notes");
PackageEscaped package1 = new PackageEscaped();
package1.setType("oneNote");
driveItem.setPackage(package1);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DriveItem result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .patch(driveItem);
