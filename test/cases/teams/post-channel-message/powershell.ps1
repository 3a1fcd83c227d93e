Import-Module Microsoft.Graph.Teams

$params = @{
    subject = 'Crane 3 maintenance'
    body = @{
        contentType = 'html'
        content = '<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>'
    }
    importance = 'urgent'
}

New-MgTeamChannelMessage -TeamId $teamId -ChannelId $channelId -BodyParameter $params
