mgc groups members graph-user get --group-id {group-id} --count true --orderby displayName --search '"displayName:Okafor"' --select displayName,id --consistency-level eventual
