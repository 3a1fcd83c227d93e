Import-Module Microsoft.Graph.Reports

Get-MgReportTeamUserActivityUserDetail -Date '2025-01-15' -OutFile $outFile
