mgc sites sub-sites list --site-id {site-id} --select id,displayName
