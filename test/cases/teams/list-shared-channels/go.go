import (
	"context"
	"log"

	graphteams "github.com/microsoftgraph/msgraph-sdk-go/teams"
)

requestFilter := "membershipType eq 'shared'"
requestParameters := &graphteams.ItemAllChannelsRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
}
configuration := &graphteams.ItemAllChannelsRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Teams().ByTeamId("team-id").AllChannels().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
