mgc groups accepted-senders ref delete --group-id {group-id} --id 'https://graph.microsoft.com/v1.0/users/{user-id}'
