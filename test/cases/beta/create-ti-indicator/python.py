from datetime import datetime, timezone

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.file_hash_type import FileHashType
from msgraph_beta.generated.models.ti_action import TiAction
from msgraph_beta.generated.models.ti_indicator import TiIndicator
from msgraph_beta.generated.models.tlp_level import TlpLevel

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = TiIndicator(
    action = TiAction.Block,
    confidence = 80,
    description = "Installer seen in the phishing campaign of week 6",
    expiration_date_time = datetime(2026, 4, 30, 0, 0, 0, tzinfo=timezone.utc),
    external_id = "fabrikam-soc-20260210-017",
    file_hash_type = FileHashType.Sha256,
    file_hash_value = "3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b",
    severity = 4,
    tags = [
        "phishing",
        "installer",
    ],
    target_product = "Azure Sentinel",
    threat_type = "Malware",
    tlp_level = TlpLevel.Amber,
)

result = await graph_client.security.ti_indicators.post(request_body)
