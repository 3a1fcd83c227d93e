mgc users events list --user-id {user-id} --select subject,start
