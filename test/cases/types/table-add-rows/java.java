import com.microsoft.graph.drives.item.items.item.workbook.tables.item.rows.add.AddPostRequestBody;
import com.microsoft.graph.models.WorkbookTableRow;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedBoolean;
import com.microsoft.kiota.serialization.UntypedDouble;
import com.microsoft.kiota.serialization.UntypedInteger;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedNull;
import com.microsoft.kiota.serialization.UntypedString;
import java.util.LinkedList;

AddPostRequestBody addPostRequestBody = new AddPostRequestBody();
addPostRequestBody.setIndex(null);
LinkedList<UntypedNode> valuesList = new LinkedList<>();
LinkedList<UntypedNode> valuesList1 = new LinkedList<>();
valuesList1.add(new UntypedString("Oslo"));
valuesList1.add(new UntypedInteger(3));
valuesList1.add(new UntypedBoolean(true));
valuesList.add(new UntypedArray(valuesList1));
LinkedList<UntypedNode> valuesList2 = new LinkedList<>();
valuesList2.add(new UntypedString("Kyiv"));
valuesList2.add(new UntypedDouble(5.5d));
valuesList2.add(new UntypedNull());
valuesList.add(new UntypedArray(valuesList2));
addPostRequestBody.setValues(new UntypedArray(valuesList));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
WorkbookTableRow result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .tables()
  .byWorkbookTableId("{workbookTable-id}")
  .rows()
  .add()
  .post(addPostRequestBody);
