import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Two-stage review of Finance Approvers"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Stage 1 by the finance lead, stage 2 by managers"
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
descriptionForReviewers := "Questions? Write to secops@fabrikam.example"
requestBody.SetDescriptionForReviewers(&descriptionForReviewers)
scope := graphmodels.NewAccessReviewQueryScope()
odataType := "#microsoft.graph.accessReviewQueryScope"
scope.SetOdataType(&odataType)
query := "/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers"
scope.SetQuery(&query)
queryType := "MicrosoftGraph"
scope.SetQueryType(&queryType)
requestBody.SetScope(scope)
accessReviewStageSettings := graphmodels.NewAccessReviewStageSettings()
stageId := "1"
accessReviewStageSettings.SetStageId(&stageId)
durationInDays := int32(3)
accessReviewStageSettings.SetDurationInDays(&durationInDays)
recommendationsEnabled := false
accessReviewStageSettings.SetRecommendationsEnabled(&recommendationsEnabled)
decisionsThatWillMoveToNextStage := []string{
	"NotReviewed",
	"Approve",
}
accessReviewStageSettings.SetDecisionsThatWillMoveToNextStage(decisionsThatWillMoveToNextStage)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query1 := "/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974"
accessReviewReviewerScope.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType1)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
accessReviewStageSettings.SetReviewers(reviewers)
accessReviewStageSettings1 := graphmodels.NewAccessReviewStageSettings()
stageId1 := "2"
accessReviewStageSettings1.SetStageId(&stageId1)
dependsOn := []string{
	"1",
}
accessReviewStageSettings1.SetDependsOn(dependsOn)
durationInDays1 := int32(4)
accessReviewStageSettings1.SetDurationInDays(&durationInDays1)
recommendationsEnabled1 := true
accessReviewStageSettings1.SetRecommendationsEnabled(&recommendationsEnabled1)
accessReviewReviewerScope1 := graphmodels.NewAccessReviewReviewerScope()
query2 := "./manager"
accessReviewReviewerScope1.SetQuery(&query2)
queryType2 := "MicrosoftGraph"
accessReviewReviewerScope1.SetQueryType(&queryType2)
queryRoot := "decisions"
accessReviewReviewerScope1.SetQueryRoot(&queryRoot)
reviewers1 := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope1,
}
accessReviewStageSettings1.SetReviewers(reviewers1)
accessReviewReviewerScope2 := graphmodels.NewAccessReviewReviewerScope()
query3 := "/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers"
accessReviewReviewerScope2.SetQuery(&query3)
queryType3 := "MicrosoftGraph"
accessReviewReviewerScope2.SetQueryType(&queryType3)
fallbackReviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope2,
}
accessReviewStageSettings1.SetFallbackReviewers(fallbackReviewers)
stageSettings := []graphmodels.AccessReviewStageSettingsable{
	accessReviewStageSettings,
	accessReviewStageSettings1,
}
requestBody.SetStageSettings(stageSettings)
settings := graphmodels.NewAccessReviewScheduleSettings()
instanceDurationInDays := int32(7)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.WEEKLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(2)
pattern.SetInterval(&interval)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NOEND_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.September, 15, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
recurrence.SetRangeEscaped(range1)
settings.SetRecurrence(recurrence)
decisionHistoriesForReviewersEnabled := true
settings.SetDecisionHistoriesForReviewersEnabled(&decisionHistoriesForReviewersEnabled)
requestBody.SetSettings(settings)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
