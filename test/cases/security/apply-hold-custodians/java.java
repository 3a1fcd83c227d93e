import com.microsoft.graph.security.cases.ediscoverycases.item.custodians.microsoftgraphsecurityapplyhold.ApplyHoldPostRequestBody;
import java.util.LinkedList;

ApplyHoldPostRequestBody applyHoldPostRequestBody =
  new ApplyHoldPostRequestBody();
LinkedList<String> ids = new LinkedList<>();
ids.add("0053a61a3b6c42738f7606791716a22a");
ids.add("7a2a1c5a4e6a4bd4b8a4b1a9c2f3d4e5");
applyHoldPostRequestBody.setIds(ids);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .security()
  .cases()
  .ediscoveryCases()
  .byEdiscoveryCaseId("b0073e4e-4184-41c6-9eb7-8c8cc3e2288b")
  .custodians()
  .microsoftGraphSecurityApplyHold()
  .post(applyHoldPostRequestBody);
