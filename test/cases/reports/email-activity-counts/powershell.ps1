Import-Module Microsoft.Graph.Reports

Get-MgReportEmailActivityCount -Period 'D7' -OutFile $outFile
