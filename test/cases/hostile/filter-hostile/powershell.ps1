Import-Module Microsoft.Graph.Users

Get-MgUser -Filter 'displayName eq ''Zoë ''''Z'''' "Q" $x ${y} `z` 100% \ */ ?> 中文 😀''' -Property 'id,displayName'
