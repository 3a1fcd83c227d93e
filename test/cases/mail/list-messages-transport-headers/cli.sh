mgc users messages list --user-id {user-id} --select subject --top 5 --headers 'Prefer=outlook.body-content-type="text"'
