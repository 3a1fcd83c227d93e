import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewEvent()
subject := "Café Zürich — 中文会议 🎉"
requestBody.SetSubject(&subject)
body := graphmodels.NewItemBody()
contentType := graphmodels.TEXT_BODYTYPE
body.SetContentType(&contentType)
content := "Room: שלום\u200F (RLM after it), NUL: \u0000, bell: \a, escaped emoji: 🚀, line separator:\u2028end"
body.SetContent(&content)
requestBody.SetBody(body)
start := graphmodels.NewDateTimeTimeZone()
dateTime := "2025-08-04T10:00:00"
start.SetDateTime(&dateTime)
timeZone := "W. Europe Standard Time"
start.SetTimeZone(&timeZone)
requestBody.SetStart(start)
end := graphmodels.NewDateTimeTimeZone()
dateTime1 := "2025-08-04T11:00:00"
end.SetDateTime(&dateTime1)
timeZone1 := "W. Europe Standard Time"
end.SetTimeZone(&timeZone1)
requestBody.SetEnd(end)
location := graphmodels.NewLocation()
displayName := "Üetlibergstraße 12, 8045 Zürich"
location.SetDisplayName(&displayName)
requestBody.SetLocation(location)
attendee := graphmodels.NewAttendee()
type1 := graphmodels.REQUIRED_ATTENDEETYPE
attendee.SetTypeEscaped(&type1)
emailAddress := graphmodels.NewEmailAddress()
name := "李雷"
emailAddress.SetName(&name)
address := "li.lei@fabrikam.example"
emailAddress.SetAddress(&address)
attendee.SetEmailAddress(emailAddress)
attendees := []graphmodels.Attendeeable{
	attendee,
}
requestBody.SetAttendees(attendees)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Events().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
