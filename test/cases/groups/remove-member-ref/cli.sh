mgc groups members ref delete --group-id {group-id} --directory-object-id {directoryObject-id}
