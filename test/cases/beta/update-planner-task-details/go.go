import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
	graphplanner "github.com/microsoftgraph/msgraph-beta-sdk-go/planner"
)

requestBody := graphmodels.NewPlannerTaskDetails()
previewType := graphmodels.CHECKLIST_PLANNERPREVIEWTYPE
requestBody.SetPreviewType(&previewType)
description := "Badges for the three new starters"
requestBody.SetDescription(&description)
checklist := graphmodels.NewPlannerChecklistItems()
additionalData := map[string]interface{}{
	"0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8": map[string]interface{}{
		"@odata.type": "microsoft.graph.plannerChecklistItem",
		"title":       "Collect photos",
		"isChecked":   true,
	},
}
checklist.SetAdditionalData(additionalData)
requestBody.SetChecklist(checklist)
headers := abstractions.NewRequestHeaders()
headers.Add("If-Match", "W/\"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc=\"")
configuration := &graphplanner.TasksItemDetailsRequestBuilderPatchRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Planner().Tasks().ByPlannerTaskId("Rk3tZx8wT0-9hY2mQnLpA2QAB7cD").Details().Patch(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
