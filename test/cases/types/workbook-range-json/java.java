import com.microsoft.graph.models.WorkbookRange;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedInteger;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedNull;
import com.microsoft.kiota.serialization.UntypedString;
import java.util.LinkedList;

WorkbookRange workbookRange = new WorkbookRange();
LinkedList<UntypedNode> valuesList = new LinkedList<>();
LinkedList<UntypedNode> valuesList1 = new LinkedList<>();
valuesList1.add(new UntypedString("Item"));
valuesList1.add(new UntypedString("Qty"));
valuesList1.add(new UntypedString("Total"));
valuesList.add(new UntypedArray(valuesList1));
LinkedList<UntypedNode> valuesList2 = new LinkedList<>();
valuesList2.add(new UntypedString("Lamp"));
valuesList2.add(new UntypedInteger(4));
valuesList2.add(new UntypedString("=B2*19.9"));
valuesList.add(new UntypedArray(valuesList2));
workbookRange.setValues(new UntypedArray(valuesList));
LinkedList<UntypedNode> numberFormatList = new LinkedList<>();
LinkedList<UntypedNode> numberFormatList1 = new LinkedList<>();
numberFormatList1.add(new UntypedNull());
numberFormatList1.add(new UntypedNull());
numberFormatList1.add(new UntypedNull());
numberFormatList.add(new UntypedArray(numberFormatList1));
LinkedList<UntypedNode> numberFormatList2 = new LinkedList<>();
numberFormatList2.add(new UntypedNull());
numberFormatList2.add(new UntypedString("0"));
numberFormatList2.add(new UntypedString("0.00"));
numberFormatList.add(new UntypedArray(numberFormatList2));
workbookRange.setNumberFormat(new UntypedArray(numberFormatList));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
WorkbookRange result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .worksheets()
  .byWorkbookWorksheetId("{workbookWorksheet-id}")
  .rangeWithAddress("A1:C2")
  .patch(workbookRange);
