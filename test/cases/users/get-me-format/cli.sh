mgc users get --user-id {user-id} --select displayName,preferredLanguage
