mgc groups members ref-by-id delete --group-id {group-id} --directory-object-id {directoryObject-id}
