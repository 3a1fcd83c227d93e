Import-Module Microsoft.Graph.Identity.Governance

$params = @{
    displayName = 'Inactive guests in team groups'
    descriptionForAdmins = 'Remove guests who stopped collaborating.'
    descriptionForReviewers = 'Guests keep access only while they work with us. Review each one.'
    instanceEnumerationScope = @{
        '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
        query = '/groups?$filter=(groupTypes/any(c:c+eq+''Unified'') and resourceProvisioningOptions/Any(x:x eq ''Team'')'')'
        queryType = 'MicrosoftGraph'
    }
    scope = @{
        '@odata.type' = '#microsoft.graph.accessReviewInactiveUsersQueryScope'
        query = './members/microsoft.graph.user/?$filter=(userType eq ''Guest'')'
        queryType = 'MicrosoftGraph'
        inactiveDuration = 'P45D'
    }
    reviewers = @(
        @{
            query = './owners'
            queryType = 'MicrosoftGraph'
        }
    )
    fallbackReviewers = @(
        @{
            query = '/users/4b8d1e6f-27a3-4c09-9f5e-d0a7c2b81e36'
            queryType = 'MicrosoftGraph'
        }
    )
    settings = @{
        mailNotificationsEnabled = $true
        reminderNotificationsEnabled = $false
        justificationRequiredOnApproval = $true
        recommendationsEnabled = $true
        instanceDurationInDays = 7
        recurrence = @{
            pattern = @{
                type = 'absoluteMonthly'
                dayOfMonth = 10
                interval = 3
            }
            range = @{
                type = 'noEnd'
                startDate = '2025-11-10'
            }
        }
        defaultDecisionEnabled = $true
        defaultDecision = 'Deny'
        autoApplyDecisionsEnabled = $true
    }
}

New-MgIdentityGovernanceAccessReviewDefinition -BodyParameter $params
