mgc security cases ediscovery-cases custodians microsoft-graph-security-apply-hold post --ediscovery-case-id b0073e4e-4184-41c6-9eb7-8c8cc3e2288b --body '{
  "ids": [
    "0053a61a3b6c42738f7606791716a22a",
    "7a2a1c5a4e6a4bd4b8a4b1a9c2f3d4e5"
  ]
}'
