import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphsearch "github.com/microsoftgraph/msgraph-sdk-go/search"
)

requestBody := graphsearch.NewQueryPostRequestBody()
searchRequest := graphmodels.NewSearchRequest()
entityTypes := []graphmodels.EntityType{
	graphmodels.DRIVEITEM_ENTITYTYPE,
	graphmodels.LISTITEM_ENTITYTYPE,
}
searchRequest.SetEntityTypes(entityTypes)
query := graphmodels.NewSearchQuery()
queryString := "budget AND filetype:xlsx"
query.SetQueryString(&queryString)
searchRequest.SetQuery(query)
from := int32(0)
searchRequest.SetFrom(&from)
size := int32(25)
searchRequest.SetSize(&size)
fields := []string{
	"name",
	"size",
}
searchRequest.SetFields(fields)
collapseProperty := graphmodels.NewCollapseProperty()
fields1 := []string{
	"siteId",
}
collapseProperty.SetFields(fields1)
limit := int32(1)
collapseProperty.SetLimit(&limit)
collapseProperties := []graphmodels.CollapsePropertyable{
	collapseProperty,
}
searchRequest.SetCollapseProperties(collapseProperties)
sortProperty := graphmodels.NewSortProperty()
name := "size"
sortProperty.SetName(&name)
isDescending := true
sortProperty.SetIsDescending(&isDescending)
sortProperties := []graphmodels.SortPropertyable{
	sortProperty,
}
searchRequest.SetSortProperties(sortProperties)
requests := []graphmodels.SearchRequestable{
	searchRequest,
}
requestBody.SetRequests(requests)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Search().Query().PostAsQueryPostResponse(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
