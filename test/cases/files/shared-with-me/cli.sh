mgc drives shared-with-me get --drive-id {drive-id}
