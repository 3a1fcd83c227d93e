mgc users messages delete --user-id {user-id} --message-id {message-id}
