import (
	"context"
	"log"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemFindMeetingTimesPostRequestBody()
attendeeBase := graphmodels.NewAttendeeBase()
type1 := graphmodels.REQUIRED_ATTENDEETYPE
attendeeBase.SetTypeEscaped(&type1)
emailAddress := graphmodels.NewEmailAddress()
name := "Hana Kobayashi"
emailAddress.SetName(&name)
address := "hana.k@fabrikam.example"
emailAddress.SetAddress(&address)
attendeeBase.SetEmailAddress(emailAddress)
attendeeBase1 := graphmodels.NewAttendeeBase()
type2 := graphmodels.OPTIONAL_ATTENDEETYPE
attendeeBase1.SetTypeEscaped(&type2)
emailAddress1 := graphmodels.NewEmailAddress()
address1 := "facilities@fabrikam.example"
emailAddress1.SetAddress(&address1)
attendeeBase1.SetEmailAddress(emailAddress1)
attendees := []graphmodels.AttendeeBaseable{
	attendeeBase,
	attendeeBase1,
}
requestBody.SetAttendees(attendees)
timeConstraint := graphmodels.NewTimeConstraint()
activityDomain := graphmodels.WORK_ACTIVITYDOMAIN
timeConstraint.SetActivityDomain(&activityDomain)
timeSlot := graphmodels.NewTimeSlot()
start := graphmodels.NewDateTimeTimeZone()
dateTime := "2025-05-12T09:00:00"
start.SetDateTime(&dateTime)
timeZone := "Tokyo Standard Time"
start.SetTimeZone(&timeZone)
timeSlot.SetStart(start)
end := graphmodels.NewDateTimeTimeZone()
dateTime1 := "2025-05-16T18:00:00"
end.SetDateTime(&dateTime1)
timeZone1 := "Tokyo Standard Time"
end.SetTimeZone(&timeZone1)
timeSlot.SetEnd(end)
timeSlots := []graphmodels.TimeSlotable{
	timeSlot,
}
timeConstraint.SetTimeSlots(timeSlots)
requestBody.SetTimeConstraint(timeConstraint)
meetingDuration := serialization.NewDuration(0, 0, 0, 1, 30, 0, 0)
requestBody.SetMeetingDuration(meetingDuration)
maxCandidates := int32(5)
requestBody.SetMaxCandidates(&maxCandidates)
isOrganizerOptional := false
requestBody.SetIsOrganizerOptional(&isOrganizerOptional)
returnSuggestionReasons := true
requestBody.SetReturnSuggestionReasons(&returnSuggestionReasons)
minimumAttendeePercentage := float64(66.5)
requestBody.SetMinimumAttendeePercentage(&minimumAttendeePercentage)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().FindMeetingTimes().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
