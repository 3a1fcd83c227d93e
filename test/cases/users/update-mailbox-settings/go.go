import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewMailboxSettings()
workingHours := graphmodels.NewWorkingHours()
daysOfWeek := []graphmodels.DayOfWeek{
	graphmodels.TUESDAY_DAYOFWEEK,
	graphmodels.WEDNESDAY_DAYOFWEEK,
	graphmodels.THURSDAY_DAYOFWEEK,
}
workingHours.SetDaysOfWeek(daysOfWeek)
startTime := serialization.NewTimeOnly(time.Date(0, time.January, 1, 7, 45, 0, 0, time.UTC))
workingHours.SetStartTime(startTime)
endTime := serialization.NewTimeOnly(time.Date(0, time.January, 1, 16, 15, 0, 0, time.UTC))
workingHours.SetEndTime(endTime)
timeZone := graphmodels.NewTimeZoneBase()
name := "Central America Standard Time"
timeZone.SetName(&name)
workingHours.SetTimeZone(timeZone)
requestBody.SetWorkingHours(workingHours)
automaticRepliesSetting := graphmodels.NewAutomaticRepliesSetting()
status := graphmodels.SCHEDULED_AUTOMATICREPLIESSTATUS
automaticRepliesSetting.SetStatus(&status)
externalAudience := graphmodels.CONTACTSONLY_EXTERNALAUDIENCESCOPE
automaticRepliesSetting.SetExternalAudience(&externalAudience)
scheduledStartDateTime := graphmodels.NewDateTimeTimeZone()
dateTime := "2025-07-14T08:00:00"
scheduledStartDateTime.SetDateTime(&dateTime)
timeZone1 := "UTC"
scheduledStartDateTime.SetTimeZone(&timeZone1)
automaticRepliesSetting.SetScheduledStartDateTime(scheduledStartDateTime)
scheduledEndDateTime := graphmodels.NewDateTimeTimeZone()
dateTime1 := "2025-07-25T17:00:00"
scheduledEndDateTime.SetDateTime(&dateTime1)
timeZone2 := "UTC"
scheduledEndDateTime.SetTimeZone(&timeZone2)
automaticRepliesSetting.SetScheduledEndDateTime(scheduledEndDateTime)
requestBody.SetAutomaticRepliesSetting(automaticRepliesSetting)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().MailboxSettings().Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
