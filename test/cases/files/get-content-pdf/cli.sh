mgc drives items content get --drive-id {drive-id} --drive-item-id {driveItem-id}
