import (
	"context"
	"log"

	"github.com/google/uuid"
	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphcommunications "github.com/microsoftgraph/msgraph-sdk-go/communications"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphcommunications.NewCallsLogTeleconferenceDeviceQualityPostRequestBody()
quality := graphmodels.NewTeleconferenceDeviceQuality()
callChainId := uuid.MustParse("8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b")
quality.SetCallChainId(&callChainId)
participantId := uuid.MustParse("2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c")
quality.SetParticipantId(&participantId)
deviceName := "Room 4.12 bar"
quality.SetDeviceName(&deviceName)
teleconferenceDeviceAudioQuality := graphmodels.NewTeleconferenceDeviceAudioQuality()
odataType := "#microsoft.graph.teleconferenceDeviceAudioQuality"
teleconferenceDeviceAudioQuality.SetOdataType(&odataType)
channelIndex := int32(1)
teleconferenceDeviceAudioQuality.SetChannelIndex(&channelIndex)
mediaDuration := serialization.NewDuration(0, 0, 0, 0, 20, 0, 0)
teleconferenceDeviceAudioQuality.SetMediaDuration(mediaDuration)
additionalData := map[string]interface{}{
	"averageInboundJitter":  "PT0.03S",
	"maximumInboundJitter":  "PT0S",
	"averageOutboundJitter": "P9D",
}
teleconferenceDeviceAudioQuality.SetAdditionalData(additionalData)
mediaQualityList := []graphmodels.TeleconferenceDeviceMediaQualityable{
	teleconferenceDeviceAudioQuality,
}
quality.SetMediaQualityList(mediaQualityList)
requestBody.SetQuality(quality)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Communications().Calls().LogTeleconferenceDeviceQuality().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
