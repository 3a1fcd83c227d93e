import com.microsoft.graph.models.DeviceManagement;
import com.microsoft.graph.models.IntuneBrand;
import com.microsoft.graph.models.RgbColor;
import java.util.HashMap;

DeviceManagement deviceManagement = new DeviceManagement();
IntuneBrand intuneBrand = new IntuneBrand();
intuneBrand.setDisplayName("Fabrikam IT");
intuneBrand.setContactITEmailAddress("helpdesk@fabrikam.example");
RgbColor themeColor = new RgbColor();
themeColor.setR((byte) 0);
themeColor.setG((byte) 120);
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("b", 215);
themeColor.setAdditionalData(additionalData);
intuneBrand.setThemeColor(themeColor);
intuneBrand.setShowLogo(true);
intuneBrand.setShowDisplayNameNextToLogo(false);
deviceManagement.setIntuneBrand(intuneBrand);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeviceManagement result = graphClient
  .deviceManagement()
  .patch(deviceManagement);
