mgc domains verification-dns-records list --domain-id contoso.com
