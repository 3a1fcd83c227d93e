import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewContentType()
name := "Purchase order"
requestBody.SetName(&name)
description := "A purchase order with its approval state"
requestBody.SetDescription(&description)
group := "Procurement"
requestBody.SetGroup(&group)
order := graphmodels.NewContentTypeOrder()
default1 := true
order.SetDefaultEscaped(&default1)
position := int32(1)
order.SetPosition(&position)
requestBody.SetOrder(order)
hidden := false
requestBody.SetHidden(&hidden)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Sites().BySiteId("site-id").ContentTypes().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
