import com.microsoft.graph.groups.item.validateproperties.ValidatePropertiesPostRequestBody;
import java.util.UUID;

ValidatePropertiesPostRequestBody validatePropertiesPostRequestBody =
  new ValidatePropertiesPostRequestBody();
validatePropertiesPostRequestBody.setDisplayName("Pendulum lab group");
validatePropertiesPostRequestBody.setMailNickname("pendulum-lab");
validatePropertiesPostRequestBody.setOnBehalfOfUserId(
  UUID.fromString("c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38")
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .groups()
  .byGroupId("3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa")
  .validateProperties()
  .post(validatePropertiesPostRequestBody);
