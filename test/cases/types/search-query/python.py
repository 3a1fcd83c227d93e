from msgraph import GraphServiceClient
from msgraph.generated.models.collapse_property import CollapseProperty
from msgraph.generated.models.entity_type import EntityType
from msgraph.generated.models.search_query import SearchQuery
from msgraph.generated.models.search_request import SearchRequest
from msgraph.generated.models.sort_property import SortProperty
from msgraph.generated.search.query.query_post_request_body import QueryPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = QueryPostRequestBody(
    requests = [
        SearchRequest(
            entity_types = [
                EntityType.DriveItem,
                EntityType.ListItem,
            ],
            query = SearchQuery(
                query_string = "budget AND filetype:xlsx",
            ),
            from_ = 0,
            size = 25,
            fields = [
                "name",
                "size",
            ],
            collapse_properties = [
                CollapseProperty(
                    fields = [
                        "siteId",
                    ],
                    limit = 1,
                ),
            ],
            sort_properties = [
                SortProperty(
                    name = "size",
                    is_descending = True,
                ),
            ],
        ),
    ],
)

result = await graph_client.search.query.post(request_body)
