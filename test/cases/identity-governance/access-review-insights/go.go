import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Vendor portal group, with insights"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Monthly review using sign-in activity"
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
descriptionForReviewers := "Questions? Write to secops@fabrikam.example"
requestBody.SetDescriptionForReviewers(&descriptionForReviewers)
scope := graphmodels.NewAccessReviewQueryScope()
odataType := "#microsoft.graph.accessReviewQueryScope"
scope.SetOdataType(&odataType)
query := "/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers"
scope.SetQuery(&query)
queryType := "MicrosoftGraph"
scope.SetQueryType(&queryType)
requestBody.SetScope(scope)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query1 := "/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82"
accessReviewReviewerScope.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType1)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
requestBody.SetReviewers(reviewers)
settings := graphmodels.NewAccessReviewScheduleSettings()
instanceDurationInDays := int32(5)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.ABSOLUTEMONTHLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(1)
pattern.SetInterval(&interval)
dayOfMonth := int32(3)
pattern.SetDayOfMonth(&dayOfMonth)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NOEND_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.December, 3, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
recurrence.SetRangeEscaped(range1)
settings.SetRecurrence(recurrence)
userLastSignInRecommendationInsightSetting := graphmodels.NewUserLastSignInRecommendationInsightSetting()
odataType1 := "#microsoft.graph.userLastSignInRecommendationInsightSetting"
userLastSignInRecommendationInsightSetting.SetOdataType(&odataType1)
signInScope := graphmodels.APPLICATION_USERSIGNINRECOMMENDATIONSCOPE
userLastSignInRecommendationInsightSetting.SetSignInScope(&signInScope)
additionalData := map[string]interface{}{
	"recommendationLookBackDuration": "P60D",
}
userLastSignInRecommendationInsightSetting.SetAdditionalData(additionalData)
groupPeerOutlierRecommendationInsightSettings := graphmodels.NewGroupPeerOutlierRecommendationInsightSettings()
odataType2 := "#microsoft.graph.groupPeerOutlierRecommendationInsightSettings"
groupPeerOutlierRecommendationInsightSettings.SetOdataType(&odataType2)
recommendationInsightSettings := []graphmodels.AccessReviewRecommendationInsightSettingable{
	userLastSignInRecommendationInsightSetting,
	groupPeerOutlierRecommendationInsightSettings,
}
settings.SetRecommendationInsightSettings(recommendationInsightSettings)
requestBody.SetSettings(settings)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
