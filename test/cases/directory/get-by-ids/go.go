import (
	"context"
	"log"

	graphdirectoryobjects "github.com/microsoftgraph/msgraph-sdk-go/directoryobjects"
)

requestBody := graphdirectoryobjects.NewGetByIdsPostRequestBody()
ids := []string{
	"c58a2e0f-7d41-4b96-8e3c-1f9b6a0d4e27",
	"0e4b7d1a-f352-49c8-a6d0-b8e2c5f7193a",
}
requestBody.SetIds(ids)
types := []string{
	"user",
	"group",
}
requestBody.SetTypes(types)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.DirectoryObjects().GetByIds().PostAsGetByIdsPostResponse(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
