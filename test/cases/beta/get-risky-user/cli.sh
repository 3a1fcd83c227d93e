mgc-beta risky-users get --risky-user-id 3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364 --select userPrincipalName,riskLevel,riskState
