import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewPlannerTask()
planId := "Rk3tZx8wT0-9hY2mQnLpA2QAB7cD"
requestBody.SetPlanId(&planId)
bucketId := "c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E"
requestBody.SetBucketId(&bucketId)
title := "Order replacement badges"
requestBody.SetTitle(&title)
dueDateTime := time.Date(2026, time.March, 14, 17, 0, 0, 0, time.UTC)
requestBody.SetDueDateTime(&dueDateTime)
assignments := graphmodels.NewPlannerAssignments()
additionalData := map[string]interface{}{
	"5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b": map[string]interface{}{
		"@odata.type": "#microsoft.graph.plannerAssignment",
		"orderHint":   " !",
	},
}
assignments.SetAdditionalData(additionalData)
requestBody.SetAssignments(assignments)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Planner().Tasks().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
