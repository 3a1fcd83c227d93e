Import-Module Microsoft.Graph.Reports

Get-MgReportYammerActivityUserDetail -Date '2025-05-19'
