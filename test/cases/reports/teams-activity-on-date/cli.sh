mgc reports get-teams-user-activity-user-detail-with-date get --date 2025-01-15
