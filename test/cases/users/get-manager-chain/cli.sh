mgc users get --user-id {user-id} --expand 'manager($levels=max;$select=id,displayName)' --select id,displayName --headers ConsistencyLevel=eventual
