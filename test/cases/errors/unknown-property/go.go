import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewPlannerTask()
planId := "xqQg5FS2LkCp935s-FIFm2QAFkHM"
requestBody.SetPlanId(&planId)
title := "Order spare belts"
requestBody.SetTitle(&title)
additionalData := map[string]interface{}{
	"colour": "orange",
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Planner().Tasks().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
