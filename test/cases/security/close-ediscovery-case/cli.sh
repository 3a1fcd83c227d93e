mgc security cases ediscovery-cases microsoft-graph-security-close post --ediscovery-case-id {ediscoveryCase-id}
