mgc groups accepted-senders ref delete --group-id {group-id}
