mgc drives items delta-with-token get --drive-id {drive-id} --drive-item-id root --token latest
