mgc directory deleted-items graph-group get --select id,displayName,deletedDateTime
