from msgraph import GraphServiceClient
from msgraph.generated.models.password_profile import PasswordProfile
from msgraph.generated.models.user import User

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = User(
    account_enabled = True,
    display_name = "Teodora Vasquez",
    mail_nickname = "TeodoraV",
    user_principal_name = "teodora.vasquez@fabrikam.example",
    usage_location = "MX",
    password_profile = PasswordProfile(
        force_change_password_next_sign_in = True,
        password = "k7#Lq2!vRw9p",
    ),
)

result = await graph_client.users.post(request_body)
