import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewContact()
givenName := "$name"
requestBody.SetGivenName(&givenName)
surname := "${surname}"
requestBody.SetSurname(&surname)
nickName := "`whoami` $(id) #{ruby} {0} {{mustache}} it''s doubled"
requestBody.SetNickName(&nickName)
jobTitle := "100% sure, 50%% off, %s and %d and %n"
requestBody.SetJobTitle(&jobTitle)
companyName := "*/ closing a comment /* and <?php echo 1; ?> and ?> alone"
requestBody.SetCompanyName(&companyName)
personalNotes := "@'\nsingle here-string\n'@\n@\"\ndouble here-string $env:PATH\n\"@"
requestBody.SetPersonalNotes(&personalNotes)
emailAddress := graphmodels.NewEmailAddress()
address := "dollar$sign@fabrikam.example"
emailAddress.SetAddress(&address)
name := "<script>alert('x')</script>"
emailAddress.SetName(&name)
emailAddresses := []graphmodels.EmailAddressable{
	emailAddress,
}
requestBody.SetEmailAddresses(emailAddresses)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Contacts().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
