Import-Module Microsoft.Graph.Reports

Get-MgReportOffice365ActiveUserDetail -Period 'D30' -Format 'application/json'
