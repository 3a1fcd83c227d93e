import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Inactive guests in team groups"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Remove guests who stopped collaborating."
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
descriptionForReviewers := "Guests keep access only while they work with us. Review each one."
requestBody.SetDescriptionForReviewers(&descriptionForReviewers)
instanceEnumerationScope := graphmodels.NewAccessReviewQueryScope()
odataType := "#microsoft.graph.accessReviewQueryScope"
instanceEnumerationScope.SetOdataType(&odataType)
query := "/groups?$filter=(groupTypes/any(c:c+eq+'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')"
instanceEnumerationScope.SetQuery(&query)
queryType := "MicrosoftGraph"
instanceEnumerationScope.SetQueryType(&queryType)
requestBody.SetInstanceEnumerationScope(instanceEnumerationScope)
scope := graphmodels.NewAccessReviewInactiveUsersQueryScope()
odataType1 := "#microsoft.graph.accessReviewInactiveUsersQueryScope"
scope.SetOdataType(&odataType1)
query1 := "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')"
scope.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
scope.SetQueryType(&queryType1)
additionalData := map[string]interface{}{
	"inactiveDuration": "P45D",
}
scope.SetAdditionalData(additionalData)
requestBody.SetScope(scope)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query2 := "./owners"
accessReviewReviewerScope.SetQuery(&query2)
queryType2 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType2)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
requestBody.SetReviewers(reviewers)
accessReviewReviewerScope1 := graphmodels.NewAccessReviewReviewerScope()
query3 := "/users/4b8d1e6f-27a3-4c09-9f5e-d0a7c2b81e36"
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
reminderNotificationsEnabled := false
settings.SetReminderNotificationsEnabled(&reminderNotificationsEnabled)
justificationRequiredOnApproval := true
settings.SetJustificationRequiredOnApproval(&justificationRequiredOnApproval)
recommendationsEnabled := true
settings.SetRecommendationsEnabled(&recommendationsEnabled)
instanceDurationInDays := int32(7)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.ABSOLUTEMONTHLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
dayOfMonth := int32(10)
pattern.SetDayOfMonth(&dayOfMonth)
interval := int32(3)
pattern.SetInterval(&interval)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NOEND_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.November, 10, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
recurrence.SetRangeEscaped(range1)
settings.SetRecurrence(recurrence)
defaultDecisionEnabled := true
settings.SetDefaultDecisionEnabled(&defaultDecisionEnabled)
defaultDecision := "Deny"
settings.SetDefaultDecision(&defaultDecision)
autoApplyDecisionsEnabled := true
settings.SetAutoApplyDecisionsEnabled(&autoApplyDecisionsEnabled)
requestBody.SetSettings(settings)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
