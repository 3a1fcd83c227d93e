Import-Module Microsoft.Graph.Beta.Identity.Governance

$params = @{
    displayName = 'Badge system access'
    descriptionForAdmins = 'Quarterly review of the badge system''s users'
    scope = @{
        '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
        query = '/servicePrincipals/2b7d9f4c-16e0-4a83-bc52-e9a1f0d6c378/appRoleAssignedTo'
        queryType = 'MicrosoftGraph'
    }
    reviewers = @(
        @{
            query = './manager'
            queryType = 'MicrosoftGraph'
            queryRoot = 'decisions'
        }
    )
    backupReviewers = @(
        @{
            query = '/groups/8f3a6c1e-d904-4b27-a5e8-0c6b2d9f7a13/transitiveMembers'
            queryType = 'MicrosoftGraph'
        }
    )
    settings = @{
        instanceDurationInDays = 14
        recurrence = @{
            pattern = @{
                type = 'absoluteMonthly'
                interval = 3
                dayOfMonth = 1
            }
            range = @{
                type = 'noEnd'
                startDate = '2026-01-01'
            }
        }
    }
}

New-MgBetaIdentityGovernanceAccessReviewDefinition -BodyParameter $params
