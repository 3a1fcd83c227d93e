mgc users messages list --user-id {user-id} --select subject --top 5 --prefer 'outlook.body-content-type="text"'
