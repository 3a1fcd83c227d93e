Import-Module Microsoft.Graph.Beta.People

# A UPN can also be used as -UserId.
Remove-MgBetaUserProfileInterest -UserId $userId -PersonInterestId $personInterestId
