import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-beta-sdk-go/users"
)

requestTop := int32(5)
requestParameters := &graphusers.ItemProfileSkillsRequestBuilderGetQueryParameters{
	Select: []string{"displayName", "proficiency"},
	Top:    &requestTop,
}
configuration := &graphusers.ItemProfileSkillsRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Profile().Skills().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
