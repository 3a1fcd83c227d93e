mgc groups count get --consistency-level eventual
