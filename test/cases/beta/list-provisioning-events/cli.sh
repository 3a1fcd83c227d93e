mgc-beta audit-logs provisioning list --filter "jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'" --top 25
