import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewAccessReviewScheduleDefinition()
displayName := "Badge system access"
requestBody.SetDisplayName(&displayName)
descriptionForAdmins := "Quarterly review of the badge system's users"
requestBody.SetDescriptionForAdmins(&descriptionForAdmins)
scope := graphmodels.NewAccessReviewQueryScope()
odataType := "#microsoft.graph.accessReviewQueryScope"
scope.SetOdataType(&odataType)
query := "/servicePrincipals/2b7d9f4c-16e0-4a83-bc52-e9a1f0d6c378/appRoleAssignedTo"
scope.SetQuery(&query)
queryType := "MicrosoftGraph"
scope.SetQueryType(&queryType)
requestBody.SetScope(scope)
accessReviewReviewerScope := graphmodels.NewAccessReviewReviewerScope()
query1 := "./manager"
accessReviewReviewerScope.SetQuery(&query1)
queryType1 := "MicrosoftGraph"
accessReviewReviewerScope.SetQueryType(&queryType1)
queryRoot := "decisions"
accessReviewReviewerScope.SetQueryRoot(&queryRoot)
reviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope,
}
requestBody.SetReviewers(reviewers)
accessReviewReviewerScope1 := graphmodels.NewAccessReviewReviewerScope()
query2 := "/groups/8f3a6c1e-d904-4b27-a5e8-0c6b2d9f7a13/transitiveMembers"
accessReviewReviewerScope1.SetQuery(&query2)
queryType2 := "MicrosoftGraph"
accessReviewReviewerScope1.SetQueryType(&queryType2)
backupReviewers := []graphmodels.AccessReviewReviewerScopeable{
	accessReviewReviewerScope1,
}
requestBody.SetBackupReviewers(backupReviewers)
settings := graphmodels.NewAccessReviewScheduleSettings()
instanceDurationInDays := int32(14)
settings.SetInstanceDurationInDays(&instanceDurationInDays)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.ABSOLUTEMONTHLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(3)
pattern.SetInterval(&interval)
dayOfMonth := int32(1)
pattern.SetDayOfMonth(&dayOfMonth)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.NOEND_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC))
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
