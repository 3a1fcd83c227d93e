mgc-beta users profile skills list --user-id {user-id} --select displayName,proficiency --top 5
