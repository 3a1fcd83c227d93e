# The request body is the content of ./body.jpg
printf '%s' 'Binary data for the image' > ./body.jpg
mgc users photo content put --user-id {user-id} --input-file ./body.jpg
