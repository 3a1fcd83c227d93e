// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Graph.Search.Query;
using System.Collections.Generic;

var requestBody = new QueryPostRequestBody
{
    Requests = new List<SearchRequest>
    {
        new SearchRequest
        {
            EntityTypes = new List<EntityType?>
            {
                EntityType.DriveItem,
                EntityType.ListItem,
            },
            Query = new SearchQuery
            {
                QueryString = "budget AND filetype:xlsx",
            },
            From = 0,
            Size = 25,
            Fields = new List<string>
            {
                "name",
                "size",
            },
            CollapseProperties = new List<CollapseProperty>
            {
                new CollapseProperty
                {
                    Fields = new List<string>
                    {
                        "siteId",
                    },
                    Limit = 1,
                },
            },
            SortProperties = new List<SortProperty>
            {
                new SortProperty
                {
                    Name = "size",
                    IsDescending = true,
                },
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Search.Query.PostAsQueryPostResponseAsync(requestBody);
