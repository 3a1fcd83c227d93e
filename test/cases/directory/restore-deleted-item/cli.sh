mgc directory deleted-items restore post --directory-object-id {directoryObject-id}
