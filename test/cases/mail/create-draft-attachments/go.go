import (
	"context"
	"encoding/base64"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewMessage()
subject := "Signed lease and the viewing"
requestBody.SetSubject(&subject)
from := graphmodels.NewRecipient()
emailAddress := graphmodels.NewEmailAddress()
name := "Rental office"
emailAddress.SetName(&name)
address := "leasing@fabrikam.example"
emailAddress.SetAddress(&address)
from.SetEmailAddress(emailAddress)
requestBody.SetFrom(from)
fileAttachment := graphmodels.NewFileAttachment()
odataType := "#microsoft.graph.fileAttachment"
fileAttachment.SetOdataType(&odataType)
name1 := "lease.txt"
fileAttachment.SetName(&name1)
contentType := "text/plain"
fileAttachment.SetContentType(&contentType)
contentBytes, err := base64.StdEncoding.DecodeString("TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu")
if err != nil {
	log.Fatal(err)
}
fileAttachment.SetContentBytes(contentBytes)
itemAttachment := graphmodels.NewItemAttachment()
odataType1 := "#microsoft.graph.itemAttachment"
itemAttachment.SetOdataType(&odataType1)
name2 := "Viewing"
itemAttachment.SetName(&name2)
item := graphmodels.NewEvent()
odataType2 := "#microsoft.graph.event"
item.SetOdataType(&odataType2)
subject1 := "Apartment viewing"
item.SetSubject(&subject1)
start := graphmodels.NewDateTimeTimeZone()
dateTime := "2025-02-20T16:30:00"
start.SetDateTime(&dateTime)
timeZone := "Pacific Standard Time"
start.SetTimeZone(&timeZone)
item.SetStart(start)
end := graphmodels.NewDateTimeTimeZone()
dateTime1 := "2025-02-20T17:00:00"
end.SetDateTime(&dateTime1)
timeZone1 := "Pacific Standard Time"
end.SetTimeZone(&timeZone1)
item.SetEnd(end)
itemAttachment.SetItem(item)
attachments := []graphmodels.Attachmentable{
	fileAttachment,
	itemAttachment,
}
requestBody.SetAttachments(attachments)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Messages().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
