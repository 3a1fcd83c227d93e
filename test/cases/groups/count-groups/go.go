import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphgroups "github.com/microsoftgraph/msgraph-sdk-go/groups"
)

headers := abstractions.NewRequestHeaders()
headers.Add("ConsistencyLevel", "eventual")
configuration := &graphgroups.CountRequestBuilderGetRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Groups().Count().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
