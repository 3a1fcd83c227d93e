# The request body is the content of ./body.txt
printf '%s' 'Shelf 7: 42 jars of quince jam, 18 of fig.' > ./body.txt
mgc drives items content put --drive-id {drive-id} --drive-item-id {driveItem-id} --input-file ./body.txt
