Import-Module Microsoft.Graph.Identity.Governance

$params = @{
    displayName = 'Vendor portal group, with insights'
    descriptionForAdmins = 'Monthly review using sign-in activity'
    descriptionForReviewers = 'Questions? Write to secops@fabrikam.example'
    scope = @{
        '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
        query = '/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers'
        queryType = 'MicrosoftGraph'
    }
    reviewers = @(
        @{
            query = '/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82'
            queryType = 'MicrosoftGraph'
        }
    )
    settings = @{
        instanceDurationInDays = 5
        recurrence = @{
            pattern = @{
                type = 'absoluteMonthly'
                interval = 1
                dayOfMonth = 3
            }
            range = @{
                type = 'noEnd'
                startDate = '2025-12-03'
            }
        }
        recommendationInsightSettings = @(
            @{
                '@odata.type' = '#microsoft.graph.userLastSignInRecommendationInsightSetting'
                recommendationLookBackDuration = 'P60D'
                signInScope = 'application'
            }
            @{
                '@odata.type' = '#microsoft.graph.groupPeerOutlierRecommendationInsightSettings'
            }
        )
    }
}

New-MgIdentityGovernanceAccessReviewDefinition -BodyParameter $params
