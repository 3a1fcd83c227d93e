import (
	"context"
	"log"

	"github.com/google/uuid"
	graphgroups "github.com/microsoftgraph/msgraph-sdk-go/groups"
)

requestBody := graphgroups.NewItemValidatePropertiesPostRequestBody()
displayName := "Pendulum lab group"
requestBody.SetDisplayName(&displayName)
mailNickname := "pendulum-lab"
requestBody.SetMailNickname(&mailNickname)
onBehalfOfUserId := uuid.MustParse("c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38")
requestBody.SetOnBehalfOfUserId(&onBehalfOfUserId)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Groups().ByGroupId("3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa").ValidateProperties().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
