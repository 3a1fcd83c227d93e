import com.microsoft.graph.models.DeviceManagementExportJob;
import com.microsoft.graph.models.DeviceManagementExportJobLocalizationType;
import com.microsoft.graph.models.DeviceManagementReportFileFormat;
import java.util.LinkedList;

DeviceManagementExportJob deviceManagementExportJob =
  new DeviceManagementExportJob();
deviceManagementExportJob.setReportName("Devices");
LinkedList<String> select = new LinkedList<>();
select.add("DeviceName");
select.add("OSVersion");
deviceManagementExportJob.setSelect(select);
deviceManagementExportJob.setFilter("(OwnerType eq '1')");
deviceManagementExportJob.setFormat(DeviceManagementReportFileFormat.Csv);
deviceManagementExportJob.setLocalizationType(
  DeviceManagementExportJobLocalizationType.ReplaceLocalizableValues
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeviceManagementExportJob result = graphClient
  .deviceManagement()
  .reports()
  .exportJobs()
  .post(deviceManagementExportJob);
