Import-Module Microsoft.Graph.Identity.Governance

$params = @{
    displayName = 'Payroll portal access'
    descriptionForAdmins = 'Twice-yearly review of everyone who can sign in to the payroll portal'
    scope = @{
        '@odata.type' = '#microsoft.graph.principalResourceMembershipsScope'
        principalScopes = @(
            @{
                '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
                query = '/users'
                queryType = 'MicrosoftGraph'
            }
        )
        resourceScopes = @(
            @{
                '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
                query = '/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65'
                queryType = 'MicrosoftGraph'
            }
        )
    }
    reviewers = @(
        @{
            query = './manager'
            queryType = 'MicrosoftGraph'
            queryRoot = 'decisions'
        }
    )
    fallbackReviewers = @(
        @{
            query = '/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers'
            queryType = 'MicrosoftGraph'
        }
    )
    settings = @{
        mailNotificationsEnabled = $true
        reminderNotificationsEnabled = $true
        justificationRequiredOnApproval = $false
        defaultDecisionEnabled = $true
        defaultDecision = 'Recommendation'
        instanceDurationInDays = 21
        autoApplyDecisionsEnabled = $true
        recommendationsEnabled = $true
        recurrence = @{
            pattern = @{
                type = 'absoluteMonthly'
                interval = 6
                dayOfMonth = 0
            }
            range = @{
                type = 'numbered'
                startDate = '2025-07-01'
                endDate = '2026-07-01'
            }
        }
    }
}

New-MgIdentityGovernanceAccessReviewDefinition -BodyParameter $params
