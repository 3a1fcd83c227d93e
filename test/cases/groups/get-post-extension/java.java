import com.microsoft.graph.models.Extension;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Extension result = graphClient
  .groups()
  .byGroupId("37df2ff0-0de0-4c33-8aee-75289364aef6")
  .threads()
  .byConversationThreadId("AAQkADJizZJpEWwqDHsEpV_KA==")
  .posts()
  .byPostId("AAMkADJiUg96QZUkA-ICwMubAADDEd7UAAA=")
  .extensions()
  .byExtensionId(
    "Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate"
  )
  .get();
