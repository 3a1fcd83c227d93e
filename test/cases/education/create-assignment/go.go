import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewEducationAssignment()
displayName := "Lab report: pendulum periods"
requestBody.SetDisplayName(&displayName)
dueDateTime := time.Date(2025, time.March, 21, 23, 59, 0, 0, time.UTC)
requestBody.SetDueDateTime(&dueDateTime)
instructions := graphmodels.NewEducationItemBody()
contentType := graphmodels.TEXT_BODYTYPE
instructions.SetContentType(&contentType)
content := "Measure ten swings for three string lengths and plot T against the square root of L."
instructions.SetContent(&content)
requestBody.SetInstructions(instructions)
grading := graphmodels.NewEducationAssignmentPointsGradeType()
odataType := "#microsoft.graph.educationAssignmentPointsGradeType"
grading.SetOdataType(&odataType)
maxPoints := float32(37.5)
grading.SetMaxPoints(&maxPoints)
requestBody.SetGrading(grading)
assignTo := graphmodels.NewEducationAssignmentClassRecipient()
odataType1 := "#microsoft.graph.educationAssignmentClassRecipient"
assignTo.SetOdataType(&odataType1)
requestBody.SetAssignTo(assignTo)
allowLateSubmissions := true
requestBody.SetAllowLateSubmissions(&allowLateSubmissions)
addedStudentAction := graphmodels.ASSIGNIFOPEN_EDUCATIONADDEDSTUDENTACTION
requestBody.SetAddedStudentAction(&addedStudentAction)
additionalData := map[string]interface{}{
	"status": "draft",
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Education().Classes().ByEducationClassId("educationClass-id").Assignments().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
