mgc groups members ref get --group-id {group-id}
