import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Payroll portal access"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Twice-yearly review of everyone who can sign in to the payroll portal"
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
scope := graphmodels.NewPrincipalResourceMembershipsScope()
odataType := "#microsoft.graph.principalResourceMembershipsScope"
scope.SetOdataType(&odataType)
accessReviewQueryScope := graphmodels.NewAccessReviewQueryScope()
odataType1 := "#microsoft.graph.accessReviewQueryScope"
accessReviewQueryScope.SetOdataType(&odataType1)
query := "/users"
accessReviewQueryScope.SetQuery(&query)
queryType := "MicrosoftGraph"
accessReviewQueryScope.SetQueryType(&queryType)
principalScopes := []graphmodels.AccessReviewScopeable{
	accessReviewQueryScope,
}
scope.SetPrincipalScopes(principalScopes)
accessReviewQueryScope1 := graphmodels.NewAccessReviewQueryScope()
odataType2 := "#microsoft.graph.accessReviewQueryScope"
accessReviewQueryScope1.SetOdataType(&odataType2)
query1 := "/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65"
accessReviewQueryScope1.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
accessReviewQueryScope1.SetQueryType(&queryType1)
resourceScopes := []graphmodels.AccessReviewScopeable{
	accessReviewQueryScope1,
}
scope.SetResourceScopes(resourceScopes)
requestBody.SetScope(scope)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query2 := "./manager"
accessReviewReviewerScope.SetQuery(&query2)
queryType2 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType2)
queryRoot := "decisions"
accessReviewReviewerScope.SetQueryRoot(&queryRoot)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
requestBody.SetReviewers(reviewers)
accessReviewReviewerScope1 := graphmodels.NewAccessReviewReviewerScope()
query3 := "/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers"
accessReviewReviewerScope1.SetQuery(&query3)
queryType3 := "MicrosoftGraph"
accessReviewReviewerScope1.SetQueryType(&queryType3)
fallbackReviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope1,
}
requestBody.SetFallbackReviewers(fallbackReviewers)
settings := graphmodels.NewAccessReviewScheduleSettings()
mailNotificationsEnabled := true
settings.SetMailNotificationsEnabled(&mailNotificationsEnabled)
reminderNotificationsEnabled := true
settings.SetReminderNotificationsEnabled(&reminderNotificationsEnabled)
justificationRequiredOnApproval := false
settings.SetJustificationRequiredOnApproval(&justificationRequiredOnApproval)
defaultDecisionEnabled := true
settings.SetDefaultDecisionEnabled(&defaultDecisionEnabled)
defaultDecision := "Recommendation"
settings.SetDefaultDecision(&defaultDecision)
instanceDurationInDays := int32(21)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
autoApplyDecisionsEnabled := true
settings.SetAutoApplyDecisionsEnabled(&autoApplyDecisionsEnabled)
recommendationsEnabled := true
settings.SetRecommendationsEnabled(&recommendationsEnabled)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.ABSOLUTEMONTHLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(6)
pattern.SetInterval(&interval)
dayOfMonth := int32(0)
pattern.SetDayOfMonth(&dayOfMonth)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NUMBERED_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
endDate := serialization.NewDateOnly(time.Date(2026, time.July, 1, 0, 0, 0, 0, time.UTC))
range1.SetEndDate(endDate)
recurrence.SetRangeEscaped(range1)
settings.SetRecurrence(recurrence)
requestBody.SetSettings(settings)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
