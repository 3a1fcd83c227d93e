mgc reports get-email-activity-counts-with-period get --period D7
