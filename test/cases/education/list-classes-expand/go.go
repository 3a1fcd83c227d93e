import (
	"context"
	"log"

	grapheducation "github.com/microsoftgraph/msgraph-sdk-go/education"
)

requestTop := int32(30)
requestParameters := &grapheducation.SchoolsItemClassesRequestBuilderGetQueryParameters{
	Expand:  []string{"teachers($select=id,displayName)"},
	Orderby: []string{"displayName"},
	Top:     &requestTop,
}
configuration := &grapheducation.SchoolsItemClassesRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Education().Schools().ByEducationSchoolId("educationSchool-id").Classes().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
