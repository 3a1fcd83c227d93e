mgc groups team put --group-id {group-id} --body '{
  "memberSettings": {
    "allowCreatePrivateChannels": true,
    "allowCreateUpdateChannels": true
  },
  "messagingSettings": {
    "allowUserEditMessages": true,
    "allowUserDeleteMessages": false
  },
  "funSettings": {
    "allowGiphy": true,
    "giphyContentRating": "strict"
  }
}'
