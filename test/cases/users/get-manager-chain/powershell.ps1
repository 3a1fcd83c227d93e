Import-Module Microsoft.Graph.Users

Get-MgUser -UserId $userId -ExpandProperty 'manager($levels=max;$select=id,displayName)' -Property 'id,displayName' -CountVariable CountVar -ConsistencyLevel eventual
