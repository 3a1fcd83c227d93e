from msgraph import GraphServiceClient
from msgraph.generated.models.device_management import DeviceManagement
from msgraph.generated.models.intune_brand import IntuneBrand
from msgraph.generated.models.rgb_color import RgbColor

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = DeviceManagement(
    intune_brand = IntuneBrand(
        display_name = "Fabrikam IT",
        contact_i_t_email_address = "helpdesk@fabrikam.example",
        theme_color = RgbColor(
            r = 0,
            g = 120,
            b = 215,
        ),
        show_logo = True,
        show_display_name_next_to_logo = False,
    ),
)

result = await graph_client.device_management.patch(request_body)
