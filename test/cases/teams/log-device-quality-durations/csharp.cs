// Dependencies
using Microsoft.Graph.Communications.Calls.LogTeleconferenceDeviceQuality;
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new LogTeleconferenceDeviceQualityPostRequestBody
{
    Quality = new TeleconferenceDeviceQuality
    {
        CallChainId = Guid.Parse("8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b"),
        ParticipantId = Guid.Parse("2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c"),
        DeviceName = "Room 4.12 bar",
        MediaQualityList = new List<TeleconferenceDeviceMediaQuality>
        {
            new TeleconferenceDeviceAudioQuality
            {
                OdataType = "#microsoft.graph.teleconferenceDeviceAudioQuality",
                ChannelIndex = 1,
                MediaDuration = TimeSpan.FromMinutes(20),
                AverageInboundJitter = TimeSpan.FromMilliseconds(30),
                MaximumInboundJitter = TimeSpan.Zero,
                AverageOutboundJitter = TimeSpan.FromDays(9),
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Communications.Calls.LogTeleconferenceDeviceQuality.PostAsync(requestBody);
