import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewEvent()
subject := "Pottery class"
requestBody.SetSubject(&subject)
body := graphmodels.NewItemBody()
contentType := graphmodels.HTML_BODYTYPE
body.SetContentType(&contentType)
content := "Bring an apron."
body.SetContent(&content)
requestBody.SetBody(body)
start := graphmodels.NewDateTimeTimeZone()
dateTime := "2025-04-08T18:00:00"
start.SetDateTime(&dateTime)
timeZone := "Mountain Standard Time"
start.SetTimeZone(&timeZone)
requestBody.SetStart(start)
end := graphmodels.NewDateTimeTimeZone()
dateTime1 := "2025-04-08T20:00:00"
end.SetDateTime(&dateTime1)
timeZone1 := "Mountain Standard Time"
end.SetTimeZone(&timeZone1)
requestBody.SetEnd(end)
location := graphmodels.NewLocation()
displayName := "Clay Studio"
location.SetDisplayName(&displayName)
coordinates := graphmodels.NewOutlookGeoCoordinates()
latitude := float64(39.7392)
coordinates.SetLatitude(&latitude)
longitude := float64(-104.9903)
coordinates.SetLongitude(&longitude)
location.SetCoordinates(coordinates)
requestBody.SetLocation(location)
recurrence := graphmodels.NewPatternedRecurrence()
pattern := graphmodels.NewRecurrencePattern()
type1 := graphmodels.WEEKLY_RECURRENCEPATTERNTYPE
pattern.SetTypeEscaped(&type1)
interval := int32(1)
pattern.SetInterval(&interval)
daysOfWeek := []graphmodels.DayOfWeek{
	graphmodels.TUESDAY_DAYOFWEEK,
}
pattern.SetDaysOfWeek(daysOfWeek)
recurrence.SetPattern(pattern)
range1 := graphmodels.NewRecurrenceRange()
type2 := graphmodels.ENDDATE_RECURRENCERANGETYPE
range1.SetTypeEscaped(&type2)
startDate := serialization.NewDateOnly(time.Date(2025, time.April, 8, 0, 0, 0, 0, time.UTC))
range1.SetStartDate(startDate)
endDate := serialization.NewDateOnly(time.Date(2025, time.June, 24, 0, 0, 0, 0, time.UTC))
range1.SetEndDate(endDate)
recurrence.SetRangeEscaped(range1)
requestBody.SetRecurrence(recurrence)
reminderMinutesBeforeStart := int32(45)
requestBody.SetReminderMinutesBeforeStart(&reminderMinutesBeforeStart)
isReminderOn := true
requestBody.SetIsReminderOn(&isReminderOn)
sensitivity := graphmodels.PRIVATE_SENSITIVITY
requestBody.SetSensitivity(&sensitivity)
showAs := graphmodels.BUSY_FREEBUSYSTATUS
requestBody.SetShowAs(&showAs)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Events().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
