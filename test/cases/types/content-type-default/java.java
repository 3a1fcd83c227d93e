import com.microsoft.graph.models.ContentType;
import com.microsoft.graph.models.ContentTypeOrder;

ContentType contentType = new ContentType();
contentType.setName("Purchase order");
contentType.setDescription("A purchase order with its approval state");
contentType.setGroup("Procurement");
ContentTypeOrder order = new ContentTypeOrder();
order.setDefault(true);
order.setPosition(1);
contentType.setOrder(order);
contentType.setHidden(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ContentType result = graphClient
  .sites()
  .bySiteId("{site-id}")
  .contentTypes()
  .post(contentType);
