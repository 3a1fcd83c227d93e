mgc users list --filter "surname eq 'D''Angelo'" --orderby 'displayName desc' --top 15
