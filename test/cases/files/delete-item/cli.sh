mgc users drive items delete --user-id {user-id} --drive-item-id {driveItem-id} --if-match '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"'
