Import-Module Microsoft.Graph.Identity.Governance

$params = @{
    displayName = 'Two-stage review of Finance Approvers'
    descriptionForAdmins = 'Stage 1 by the finance lead, stage 2 by managers'
    descriptionForReviewers = 'Questions? Write to secops@fabrikam.example'
    scope = @{
        '@odata.type' = '#microsoft.graph.accessReviewQueryScope'
        query = '/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers'
        queryType = 'MicrosoftGraph'
    }
    stageSettings = @(
        @{
            stageId = '1'
            durationInDays = 3
            recommendationsEnabled = $false
            decisionsThatWillMoveToNextStage = @(
                'NotReviewed'
                'Approve'
            )
            reviewers = @(
                @{
                    query = '/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974'
                    queryType = 'MicrosoftGraph'
                }
            )
        }
        @{
            stageId = '2'
            dependsOn = @(
                '1'
            )
            durationInDays = 4
            recommendationsEnabled = $true
            reviewers = @(
                @{
                    query = './manager'
                    queryType = 'MicrosoftGraph'
                    queryRoot = 'decisions'
                }
            )
            fallbackReviewers = @(
                @{
                    query = '/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers'
                    queryType = 'MicrosoftGraph'
                }
            )
        }
    )
    settings = @{
        instanceDurationInDays = 7
        recurrence = @{
            pattern = @{
                type = 'weekly'
                interval = 2
            }
            range = @{
                type = 'noEnd'
                startDate = '2025-09-15'
            }
        }
        decisionHistoriesForReviewersEnabled = $true
    }
}

New-MgIdentityGovernanceAccessReviewDefinition -BodyParameter $params
