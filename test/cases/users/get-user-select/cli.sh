mgc users get --user-id {user-id} --select displayName,jobTitle,officeLocation,employeeId
