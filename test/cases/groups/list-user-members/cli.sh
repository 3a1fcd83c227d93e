mgc groups members graph-user get --group-id {group-id} --select displayName,id --headers ConsistencyLevel=eventual
