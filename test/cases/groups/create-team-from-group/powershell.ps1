Import-Module Microsoft.Graph.Teams

$params = @{
    memberSettings = @{
        allowCreatePrivateChannels = $true
        allowCreateUpdateChannels = $true
    }
    messagingSettings = @{
        allowUserEditMessages = $true
        allowUserDeleteMessages = $false
    }
    funSettings = @{
        allowGiphy = $true
        giphyContentRating = 'strict'
    }
}

Set-MgGroupTeam -GroupId $groupId -BodyParameter $params
