import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Groups().ByGroupId("37df2ff0-0de0-4c33-8aee-75289364aef6").Threads().ByConversationThreadId("AAQkADJizZJpEWwqDHsEpV_KA==").Posts().ByPostId("AAMkADJiUg96QZUkA-ICwMubAADDEd7UAAA=").Extensions().ByExtensionId("Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate").Get(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
