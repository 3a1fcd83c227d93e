import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemSendMailPostRequestBody()
message := graphmodels.NewMessage()
subject := "Re: \"Q3\" plan — Ana's 'final' `draft` “v2” ‘b’ «c»"
message.SetSubject(&subject)
body := graphmodels.NewItemBody()
contentType := graphmodels.TEXT_BODYTYPE
body.SetContentType(&contentType)
content := "Path: C:\\Users\\ana\\plan.docx\nRegex: ^\\d+\\.\\d*$ and a literal \\n stays\n\tIndented line\r\nEnd \\\" quote"
body.SetContent(&content)
message.SetBody(body)
recipient := graphmodels.NewRecipient()
emailAddress := graphmodels.NewEmailAddress()
name := "O'Neil, \"Sam\""
emailAddress.SetName(&name)
address := "sam.oneil@fabrikam.example"
emailAddress.SetAddress(&address)
recipient.SetEmailAddress(emailAddress)
toRecipients := []graphmodels.Recipientable{
	recipient,
}
message.SetToRecipients(toRecipients)
requestBody.SetMessage(message)
saveToSentItems := false
requestBody.SetSaveToSentItems(&saveToSentItems)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Me().SendMail().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
