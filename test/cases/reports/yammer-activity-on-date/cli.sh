mgc reports get-yammer-activity-user-detail-with-date get --date 2025-05-19
