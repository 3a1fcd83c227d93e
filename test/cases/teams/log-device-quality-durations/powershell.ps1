Import-Module Microsoft.Graph.CloudCommunications

$params = @{
    quality = @{
        callChainId = '8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b'
        participantId = '2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c'
        deviceName = 'Room 4.12 bar'
        mediaQualityList = @(
            @{
                '@odata.type' = '#microsoft.graph.teleconferenceDeviceAudioQuality'
                channelIndex = 1
                mediaDuration = 'PT20M'
                averageInboundJitter = 'PT0.03S'
                maximumInboundJitter = 'PT0S'
                averageOutboundJitter = 'P9D'
            }
        )
    }
}

Invoke-MgLogCommunicationCallTeleconferenceDeviceQuality -BodyParameter $params
