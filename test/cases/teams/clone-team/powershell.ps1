Import-Module Microsoft.Graph.Teams

$params = @{
    displayName = 'Night shift crew'
    description = 'Copy of the day shift crew team'
    mailNickname = 'nightshiftcrew'
    partsToClone = 'apps,tabs,settings,channels'
    visibility = 'private'
}

Copy-MgTeam -TeamId $teamId -BodyParameter $params
