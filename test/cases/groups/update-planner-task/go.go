import (
	"context"
	"log"
	"time"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphplanner "github.com/microsoftgraph/msgraph-sdk-go/planner"
)

requestBody := graphmodels.NewPlannerTask()
percentComplete := int32(50)
requestBody.SetPercentComplete(&percentComplete)
dueDateTime := time.Date(2025, time.June, 30, 17, 0, 0, 0, time.UTC)
requestBody.SetDueDateTime(&dueDateTime)
priority := int32(3)
requestBody.SetPriority(&priority)
assignments := graphmodels.NewPlannerAssignments()
additionalData := map[string]interface{}{
	"5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64": map[string]interface{}{
		"@odata.type": "#microsoft.graph.plannerAssignment",
		"orderHint":   " !",
	},
}
assignments.SetAdditionalData(additionalData)
requestBody.SetAssignments(assignments)
headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "return=representation")
headers.Add("If-Match", "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\"")
configuration := &graphplanner.TasksPlannerTaskItemRequestBuilderPatchRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Planner().Tasks().ByPlannerTaskId("plannerTask-id").Patch(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
