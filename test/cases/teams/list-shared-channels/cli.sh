mgc teams all-channels list --team-id {team-id} --filter "membershipType eq 'shared'"
