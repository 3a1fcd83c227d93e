import com.microsoft.graph.models.Message;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedInteger;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.util.HashMap;
import java.util.LinkedList;

Message message = new Message();
message.setSubject("Keywords as property names");
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("function", "route");
additionalData.put("class", "internal");
additionalData.put("var", "v2");
additionalData.put("string", "s");
HashMap<String, UntypedNode> objectMap = new HashMap<>();
LinkedList<UntypedNode> nestedList = new LinkedList<>();
nestedList.add(new UntypedInteger(1));
nestedList.add(new UntypedString("two"));
HashMap<String, UntypedNode> nestedMap = new HashMap<>();
nestedMap.put("three", new UntypedInteger(3));
nestedList.add(new UntypedObject(nestedMap));
objectMap.put("nested", new UntypedArray(nestedList));
additionalData.put("object", new UntypedObject(objectMap));
additionalData.put("in", 1);
additionalData.put("is", true);
additionalData.put("import", "none");
additionalData.put("global", false);
additionalData.put("async", null);
additionalData.put("package", "p");
additionalData.put("default", "d");
additionalData.put("select", "x");
message.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Message result = graphClient.me().messages().post(message);
