mgc security cases ediscovery-cases security-close post --ediscovery-case-id {ediscoveryCase-id}
