mgc users drive root delta-with-token get --user-id {user-id} --token latest
