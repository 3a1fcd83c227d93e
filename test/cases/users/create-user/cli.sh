mgc users create --body '{
  "accountEnabled": true,
  "displayName": "Teodora Vasquez",
  "mailNickname": "TeodoraV",
  "userPrincipalName": "teodora.vasquez@fabrikam.example",
  "usageLocation": "MX",
  "passwordProfile": {
    "forceChangePasswordNextSignIn": true,
    "password": "k7#Lq2!vRw9p"
  }
}'
