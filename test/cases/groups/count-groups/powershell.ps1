Import-Module Microsoft.Graph.Groups

Get-MgGroupCount -ConsistencyLevel eventual
