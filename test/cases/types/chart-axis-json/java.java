import com.microsoft.graph.models.WorkbookChartAxis;
import com.microsoft.kiota.serialization.UntypedBoolean;
import com.microsoft.kiota.serialization.UntypedInteger;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import java.util.HashMap;

WorkbookChartAxis workbookChartAxis = new WorkbookChartAxis();
workbookChartAxis.setMajorUnit(new UntypedInteger(25));
workbookChartAxis.setMaximum(new UntypedInteger(200));
HashMap<String, UntypedNode> minimumMap = new HashMap<>();
minimumMap.put("auto", new UntypedBoolean(true));
workbookChartAxis.setMinimum(new UntypedObject(minimumMap));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
WorkbookChartAxis result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .worksheets()
  .byWorkbookWorksheetId("{workbookWorksheet-id}")
  .charts()
  .byWorkbookChartId("{workbookChart-id}")
  .axes()
  .valueAxis()
  .patch(workbookChartAxis);
