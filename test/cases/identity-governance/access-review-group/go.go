import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Weekly review of Lab Access"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Recurring review of the lab access group"
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
descriptionForReviewers := "Questions? Write to secops@fabrikam.example"
requestBody.SetDescriptionForReviewers(&descriptionForReviewers)
scope := graphmodels.NewAccessReviewQueryScope()
odataType := "#microsoft.graph.accessReviewQueryScope"
scope.SetOdataType(&odataType)
query := "/groups/7c2e5a91-0d4b-4f63-8e17-b9a3c6d20f58/transitiveMembers"
scope.SetQuery(&query)
queryType := "MicrosoftGraph"
scope.SetQueryType(&queryType)
requestBody.SetScope(scope)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query1 := "/users/e5a0c7d2-8b19-4e36-a4f1-62d9b7c3058e"
accessReviewReviewerScope.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType1)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
requestBody.SetReviewers(reviewers)
settings := graphmodels.NewAccessReviewScheduleSettings()
mailNotificationsEnabled := true
settings.SetMailNotificationsEnabled(&mailNotificationsEnabled)
reminderNotificationsEnabled := true
settings.SetReminderNotificationsEnabled(&reminderNotificationsEnabled)
justificationRequiredOnApproval := true
settings.SetJustificationRequiredOnApproval(&justificationRequiredOnApproval)
defaultDecisionEnabled := false
settings.SetDefaultDecisionEnabled(&defaultDecisionEnabled)
defaultDecision := "None"
settings.SetDefaultDecision(&defaultDecision)
instanceDurationInDays := int32(2)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
recommendationsEnabled := true
settings.SetRecommendationsEnabled(&recommendationsEnabled)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.WEEKLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(1)
pattern.SetInterval(&interval)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NOEND_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.October, 6, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
recurrence.SetRangeEscaped(range1)
settings.SetRecurrence(recurrence)
requestBody.SetSettings(settings)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
