mgc users reminder-view-with-start-date-time-with-end-date-time get --user-id {user-id} --start-date-time 2025-04-01T09:00:00.0000000 --end-date-time 2025-04-02T18:00:00.0000000
