// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new DeviceManagementExportJob
{
    ReportName = "Devices",
    Select = new List<string>
    {
        "DeviceName",
        "OSVersion",
    },
    Filter = "(OwnerType eq '1')",
    Format = DeviceManagementReportFileFormat.Csv,
    LocalizationType = DeviceManagementExportJobLocalizationType.ReplaceLocalizableValues,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.DeviceManagement.Reports.ExportJobs.PostAsync(requestBody);
