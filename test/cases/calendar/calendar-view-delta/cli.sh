mgc users calendar-view delta get --user-id {user-id} --start-date-time 2025-04-07T00:00:00Z --end-date-time 2025-04-14T00:00:00Z
