mgc-beta users profile interests delete --user-id {user-id} --person-interest-id {personInterest-id}
