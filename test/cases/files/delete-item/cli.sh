mgc drives items delete --drive-id {drive-id} --drive-item-id {driveItem-id} --if-match '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"'
