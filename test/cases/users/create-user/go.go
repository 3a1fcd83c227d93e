import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewUser()
accountEnabled := true
requestBody.SetAccountEnabled(&accountEnabled)
displayName := "Teodora Vasquez"
requestBody.SetDisplayName(&displayName)
mailNickname := "TeodoraV"
requestBody.SetMailNickname(&mailNickname)
userPrincipalName := "teodora.vasquez@fabrikam.example"
requestBody.SetUserPrincipalName(&userPrincipalName)
usageLocation := "MX"
requestBody.SetUsageLocation(&usageLocation)
passwordProfile := graphmodels.NewPasswordProfile()
forceChangePasswordNextSignIn := true
passwordProfile.SetForceChangePasswordNextSignIn(&forceChangePasswordNextSignIn)
password := "k7#Lq2!vRw9p"
passwordProfile.SetPassword(&password)
requestBody.SetPasswordProfile(passwordProfile)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
