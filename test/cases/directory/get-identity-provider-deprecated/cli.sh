mgc identity-providers get --identity-provider-id {identityProvider-id}
