from msgraph import GraphServiceClient
from msgraph.generated.models.device_management_export_job import DeviceManagementExportJob
from msgraph.generated.models.device_management_export_job_localization_type import DeviceManagementExportJobLocalizationType
from msgraph.generated.models.device_management_report_file_format import DeviceManagementReportFileFormat

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = DeviceManagementExportJob(
    report_name = "Devices",
    select = [
        "DeviceName",
        "OSVersion",
    ],
    filter = "(OwnerType eq '1')",
    format = DeviceManagementReportFileFormat.Csv,
    localization_type = DeviceManagementExportJobLocalizationType.ReplaceLocalizableValues,
)

result = await graph_client.device_management.reports.export_jobs.post(request_body)
