from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
result = await graph_client.groups.by_group_id("37df2ff0-0de0-4c33-8aee-75289364aef6").threads.by_conversation_thread_id("AAQkADJizZJpEWwqDHsEpV_KA==").posts.by_post_id("AAMkADJiUg96QZUkA-ICwMubAADDEd7UAAA=").extensions.by_extension_id("Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate").get()
