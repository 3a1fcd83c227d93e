mgc users list --search '"displayName:Marisol" OR "mail:marisol"' --count true --orderby 'displayName asc' --select id,displayName,mail --headers ConsistencyLevel=eventual
