Import-Module Microsoft.Graph.Identity.Governance

$params = @{
    displayName = 'Weekly review of Lab Access'
    descriptionForAdmins = 'Recurring review of the lab access group'
    descriptionForReviewers = 'Questions? Write to secops@fabrikam.example'
    scope = @{
        '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
        query = '/groups/7c2e5a91-0d4b-4f63-8e17-b9a3c6d20f58/transitiveMembers'
        queryType = 'MicrosoftGraph'
    }
    reviewers = @(
        @{
            query = '/users/e5a0c7d2-8b19-4e36-a4f1-62d9b7c3058e'
            queryType = 'MicrosoftGraph'
        }
    )
    settings = @{
        mailNotificationsEnabled = $true
        reminderNotificationsEnabled = $true
        justificationRequiredOnApproval = $true
        defaultDecisionEnabled = $false
        defaultDecision = 'None'
        instanceDurationInDays = 2
        recommendationsEnabled = $true
        recurrence = @{
            pattern = @{
                type = 'weekly'
                interval = 1
            }
            range = @{
                type = 'noEnd'
                startDate = '2025-10-06'
            }
        }
    }
}

New-MgIdentityGovernanceAccessReviewDefinition -BodyParameter $params
