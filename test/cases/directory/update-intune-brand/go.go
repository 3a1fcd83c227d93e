import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewDeviceManagement()
intuneBrand := graphmodels.NewIntuneBrand()
displayName := "Fabrikam IT"
intuneBrand.SetDisplayName(&displayName)
contactItEmailAddress := "helpdesk@fabrikam.example"
intuneBrand.SetContactITEmailAddress(&contactItEmailAddress)
themeColor := graphmodels.NewRgbColor()
r := byte(0)
themeColor.SetR(&r)
g := byte(120)
themeColor.SetG(&g)
b := byte(215)
themeColor.SetB(&b)
intuneBrand.SetThemeColor(themeColor)
showLogo := true
intuneBrand.SetShowLogo(&showLogo)
showDisplayNameNextToLogo := false
intuneBrand.SetShowDisplayNameNextToLogo(&showDisplayNameNextToLogo)
requestBody.SetIntuneBrand(intuneBrand)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.DeviceManagement().Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
