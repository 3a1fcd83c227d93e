mgc reports get-office365-active-user-detail-with-period get --period D30
