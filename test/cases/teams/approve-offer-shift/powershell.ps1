Import-Module Microsoft.Graph.Teams

$params = @{
    message = 'Covered by the evening crew, thanks!'
}

Approve-MgTeamScheduleOfferShiftRequest -TeamId $teamId -OfferShiftRequestId $offerShiftRequestId -BodyParameter $params
