import com.microsoft.graph.models.Extension;
import com.microsoft.graph.models.OpenTypeExtension;
import com.microsoft.kiota.serialization.UntypedBoolean;
import com.microsoft.kiota.serialization.UntypedDouble;
import com.microsoft.kiota.serialization.UntypedInteger;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import java.util.HashMap;
import java.util.LinkedList;

OpenTypeExtension openTypeExtension = new OpenTypeExtension();
openTypeExtension.setOdataType("microsoft.graph.openTypeExtension");
openTypeExtension.setExtensionName("com.fabrikam.kioskSettings");
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("theme", "high-contrast");
additionalData.put("fontScale", new UntypedDouble(1.25d));
LinkedList<String> pinnedApps = new LinkedList<>();
pinnedApps.add("timesheet");
pinnedApps.add("badge");
additionalData.put("pinnedApps", pinnedApps);
HashMap<String, UntypedNode> layoutMap = new HashMap<>();
layoutMap.put("columns", new UntypedInteger(3));
layoutMap.put("compact", new UntypedBoolean(false));
additionalData.put("layout", new UntypedObject(layoutMap));
openTypeExtension.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Extension result = graphClient.me().extensions().post(openTypeExtension);
