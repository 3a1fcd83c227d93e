import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestParameters := &graphusers.UserItemRequestBuilderGetQueryParameters{
	Select: []string{"displayName", "jobTitle", "officeLocation", "employeeId"},
}
configuration := &graphusers.UserItemRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
