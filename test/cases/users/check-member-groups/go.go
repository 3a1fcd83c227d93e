import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemCheckMemberGroupsPostRequestBody()
groupIds := []string{
	"8e3a1f55-2c47-4b90-9d1e-6f0a4c7b2e18",
	"f19b7c02-5a6e-43d8-b0c4-97e2a1d36f4b",
}
requestBody.SetGroupIds(groupIds)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().CheckMemberGroups().PostAsCheckMemberGroupsPostResponse(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
