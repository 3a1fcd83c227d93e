mgc users messages create-reply post --user-id {user-id} --message-id {message-id} --body '{}'
