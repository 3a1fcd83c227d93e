mgc drives items workbook close-session post --drive-id {drive-id} --drive-item-id {driveItem-id} --workbook-session-id {session-id} --body '{}'
