Import-Module Microsoft.Graph.Teams

$params = @{
    'template@odata.bind' = 'https://graph.microsoft.com/v1.0/teamsTemplates(''standard'')'
    displayName = 'Harbor logistics'
    description = 'Berth schedules and crane bookings'
    members = @(
        @{
            '@odata.type' = '#microsoft.graph.aadUserConversationMember'
            roles = @(
                'owner'
            )
            'user@odata.bind' = 'https://graph.microsoft.com/v1.0/users(''5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53'')'
        }
    )
}

New-MgTeam -BodyParameter $params
