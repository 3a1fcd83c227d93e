from uuid import UUID

from msgraph import GraphServiceClient
from msgraph.generated.communications.calls.log_teleconference_device_quality.log_teleconference_device_quality_post_request_body import LogTeleconferenceDeviceQualityPostRequestBody
from msgraph.generated.models.teleconference_device_audio_quality import TeleconferenceDeviceAudioQuality
from msgraph.generated.models.teleconference_device_quality import TeleconferenceDeviceQuality

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = LogTeleconferenceDeviceQualityPostRequestBody(
    quality = TeleconferenceDeviceQuality(
        call_chain_id = UUID("8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b"),
        participant_id = UUID("2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c"),
        device_name = "Room 4.12 bar",
        media_quality_list = [
            TeleconferenceDeviceAudioQuality(
                odata_type = "#microsoft.graph.teleconferenceDeviceAudioQuality",
                channel_index = 1,
                additional_data = {
                    "mediaDuration": "PT20M",
                    "averageInboundJitter": "PT0.03S",
                    "maximumInboundJitter": "PT0S",
                    "averageOutboundJitter": "P9D",
                },
            ),
        ],
    ),
)

await graph_client.communications.calls.log_teleconference_device_quality.post(request_body)
