mgc users drive items content get --user-id {user-id} --drive-item-id {driveItem-id} --format pdf
