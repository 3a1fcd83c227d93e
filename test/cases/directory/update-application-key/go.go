import (
	"context"
	"encoding/base64"
	"log"
	"time"

	"github.com/google/uuid"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewApplication()
keyCredential := graphmodels.NewKeyCredential()
type1 := "AsymmetricX509Cert"
keyCredential.SetTypeEscaped(&type1)
usage := "Verify"
keyCredential.SetUsage(&usage)
displayName := "CN=build-agent"
keyCredential.SetDisplayName(&displayName)
keyId := uuid.MustParse("9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94")
keyCredential.SetKeyId(&keyId)
startDateTime := time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
keyCredential.SetStartDateTime(&startDateTime)
endDateTime := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
keyCredential.SetEndDateTime(&endDateTime)
key, err := base64.StdEncoding.DecodeString("MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ=")
if err != nil {
	log.Fatal(err)
}
keyCredential.SetKey(key)
keyCredentials := []graphmodels.KeyCredentialable{
	keyCredential,
}
requestBody.SetKeyCredentials(keyCredentials)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Applications().ByApplicationId("application-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
