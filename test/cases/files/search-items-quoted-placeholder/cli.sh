mgc users drive root search-with-q get --user-id {user-id} --q {search-query}
