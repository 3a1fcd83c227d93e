mgc-beta booking-businesses customers create --booking-business-id fabrikamrepairs@fabrikam.example.com --body '{
  "displayName": "Ilse Vandenberghe",
  "emailAddress": "ilse.v@northwind.example.org"
}'
