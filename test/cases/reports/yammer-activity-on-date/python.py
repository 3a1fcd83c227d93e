from datetime import date

from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
result = await graph_client.reports.get_yammer_activity_user_detail_with_date(date = date(2025, 5, 19)).get()
