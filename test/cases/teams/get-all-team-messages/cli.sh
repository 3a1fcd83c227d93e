mgc teams get-all-messages get
