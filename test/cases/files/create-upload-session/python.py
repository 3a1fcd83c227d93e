from msgraph import GraphServiceClient
from msgraph.generated.drives.item.items.item.create_upload_session.create_upload_session_post_request_body import CreateUploadSessionPostRequestBody
from msgraph.generated.models.drive_item_uploadable_properties import DriveItemUploadableProperties

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = CreateUploadSessionPostRequestBody(
    item = DriveItemUploadableProperties(
        name = "site-survey-2025.mp4",
        description = "Drone footage of the north field",
        file_size = 5368709120,
        additional_data = {
            "@microsoft.graph.conflictBehavior": "rename",
        },
    ),
    additional_data = {
        "deferCommit": True,
    },
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").create_upload_session.post(request_body)
