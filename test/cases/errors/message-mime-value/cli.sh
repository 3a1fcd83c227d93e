mgc users messages content get --user-id {user-id} --message-id {message-id}
