mgc users calendars create --user-id {user-id} --body 'name=Garden club&color=lightGreen'
