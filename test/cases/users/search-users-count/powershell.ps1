Import-Module Microsoft.Graph.Users

Get-MgUser -Search '"displayName:Marisol" OR "mail:marisol"' -CountVariable CountVar -Sort 'displayName asc' -Property 'id,displayName,mail' -ConsistencyLevel eventual
