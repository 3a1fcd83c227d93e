import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemSendMailPostRequestBody()
message := graphmodels.NewMessage()
subject := "Quarterly inventory count on Friday"
message.SetSubject(&subject)
body := graphmodels.NewItemBody()
contentType := graphmodels.TEXT_BODYTYPE
body.SetContentType(&contentType)
content := "Please finish the shelf count for aisle 7 before noon."
body.SetContent(&content)
message.SetBody(body)
recipient := graphmodels.NewRecipient()
emailAddress := graphmodels.NewEmailAddress()
address := "ines.duarte@fabrikam.example"
emailAddress.SetAddress(&address)
recipient.SetEmailAddress(emailAddress)
toRecipients := []graphmodels.Recipientable{
	recipient,
}
message.SetToRecipients(toRecipients)
recipient1 := graphmodels.NewRecipient()
emailAddress1 := graphmodels.NewEmailAddress()
name := "Warehouse team"
emailAddress1.SetName(&name)
address1 := "warehouse@fabrikam.example"
emailAddress1.SetAddress(&address1)
recipient1.SetEmailAddress(emailAddress1)
ccRecipients := []graphmodels.Recipientable{
	recipient1,
}
message.SetCcRecipients(ccRecipients)
importance := graphmodels.HIGH_IMPORTANCE
message.SetImportance(&importance)
requestBody.SetMessage(message)
saveToSentItems := true
requestBody.SetSaveToSentItems(&saveToSentItems)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Me().SendMail().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
