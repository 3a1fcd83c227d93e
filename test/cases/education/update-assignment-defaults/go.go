import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewEducationAssignmentDefaults()
dueTime := serialization.NewTimeOnly(time.Date(0, time.January, 1, 17, 30, 0, 0, time.UTC))
requestBody.SetDueTime(dueTime)
addedStudentAction := graphmodels.NONE_EDUCATIONADDEDSTUDENTACTION
requestBody.SetAddedStudentAction(&addedStudentAction)
requestBody.SetNotificationChannelUrl(nil)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Education().Classes().ByEducationClassId("educationClass-id").AssignmentDefaults().Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
