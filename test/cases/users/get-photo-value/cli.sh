mgc users photo content get --user-id {user-id}
