import (
	"context"
	"log"

	graphgroups "github.com/microsoftgraph/msgraph-sdk-go/groups"
)

requestId := "https://graph.microsoft.com/v1.0/users/{user-id}"
requestParameters := &graphgroups.ItemAcceptedSendersRefRequestBuilderDeleteQueryParameters{
	Id: &requestId,
}
configuration := &graphgroups.ItemAcceptedSendersRefRequestBuilderDeleteRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Groups().ByGroupId("group-id").AcceptedSenders().Ref().Delete(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
