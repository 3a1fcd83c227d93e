# The request body is the content of ./body.txt
printf '%s' 'Draft of the annual report.' > ./body.txt
mgc drives items content put --drive-id {drive-id} --drive-item-id root:/Documents/report.docx: --input-file ./body.txt
