mgc users delete --user-id {user-id}
