from msgraph import GraphServiceClient
from msgraph.generated.models.user import User

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = User(
    about_me = "Line one\nLine two\twith a tab\nمرحبا\u200F then English; ends with a backslash \\",
    department = "R&D / \"Skunkworks\"",
    job_title = "Ingénieure ü \\u0041 is not an escape here",
)

result = await graph_client.users.by_user_id("user-id").patch(request_body)
