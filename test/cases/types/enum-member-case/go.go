import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewEvent()
body := graphmodels.NewItemBody()
contentType := graphmodels.HTML_BODYTYPE
body.SetContentType(&contentType)
content := "<p>Moved to the <b>blue</b> room.</p>"
body.SetContent(&content)
requestBody.SetBody(body)
location := graphmodels.NewLocation()
displayName := "Blue room"
location.SetDisplayName(&displayName)
locationType := graphmodels.DEFAULT_LOCATIONTYPE
location.SetLocationType(&locationType)
requestBody.SetLocation(location)
showAs := graphmodels.BUSY_FREEBUSYSTATUS
requestBody.SetShowAs(&showAs)
sensitivity := graphmodels.PRIVATE_SENSITIVITY
requestBody.SetSensitivity(&sensitivity)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Events().ByEventId("event-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
