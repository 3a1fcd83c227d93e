mgc groups count get --headers ConsistencyLevel=eventual
