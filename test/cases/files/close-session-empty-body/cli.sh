mgc drives items workbook close-session post --drive-id {drive-id} --drive-item-id {driveItem-id} --headers 'workbook-session-id={session-id}'
