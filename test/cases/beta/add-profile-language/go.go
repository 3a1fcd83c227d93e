import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewLanguageProficiency()
displayName := "Portuguese"
requestBody.SetDisplayName(&displayName)
tag := "pt-BR"
requestBody.SetTag(&tag)
spoken := graphmodels.NATIVEORBILINGUAL_LANGUAGEPROFICIENCYLEVEL
requestBody.SetSpoken(&spoken)
written := graphmodels.FULLPROFESSIONAL_LANGUAGEPROFICIENCYLEVEL
requestBody.SetWritten(&written)
reading := graphmodels.NATIVEORBILINGUAL_LANGUAGEPROFICIENCYLEVEL
requestBody.SetReading(&reading)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Profile().Languages().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
