mgc drives items search-with-q get --drive-id {drive-id} --drive-item-id root -q {search-query}
