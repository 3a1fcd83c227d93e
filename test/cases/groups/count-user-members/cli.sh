mgc groups members graph-user count get --group-id {group-id} --headers ConsistencyLevel=eventual
