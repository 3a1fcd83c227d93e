import com.microsoft.graph.beta.models.FileHashType;
import com.microsoft.graph.beta.models.TiAction;
import com.microsoft.graph.beta.models.TiIndicator;
import com.microsoft.graph.beta.models.TlpLevel;
import java.time.OffsetDateTime;
import java.util.LinkedList;

TiIndicator tiIndicator = new TiIndicator();
tiIndicator.setAction(TiAction.Block);
tiIndicator.setConfidence(80);
tiIndicator.setDescription(
  "Installer seen in the phishing campaign of week 6"
);
tiIndicator.setExpirationDateTime(
  OffsetDateTime.parse("2026-04-30T00:00:00Z")
);
tiIndicator.setExternalId("fabrikam-soc-20260210-017");
tiIndicator.setFileHashType(FileHashType.Sha256);
tiIndicator.setFileHashValue(
  "3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"
);
tiIndicator.setSeverity(4);
LinkedList<String> tags = new LinkedList<>();
tags.add("phishing");
tags.add("installer");
tiIndicator.setTags(tags);
tiIndicator.setTargetProduct("Azure Sentinel");
tiIndicator.setThreatType("Malware");
tiIndicator.setTlpLevel(TlpLevel.Amber);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
TiIndicator result = graphClient
  .security()
  .tiIndicators()
  .post(tiIndicator);
