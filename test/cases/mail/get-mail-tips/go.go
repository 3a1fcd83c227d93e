import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemGetMailTipsPostRequestBody()
emailAddresses := []string{
	"kwame.boateng@fabrikam.example",
	"orders@fabrikam.example",
}
requestBody.SetEmailAddresses(emailAddresses)
mailTipsOptions := graphmodels.MailTipsType(graphmodels.AUTOMATICREPLIES_MAILTIPSTYPE | graphmodels.MAILBOXFULLSTATUS_MAILTIPSTYPE)
requestBody.SetMailTipsOptions(&mailTipsOptions)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().GetMailTips().PostAsGetMailTipsPostResponse(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
