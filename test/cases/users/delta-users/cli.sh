mgc users delta get --select displayName,givenName,surname
