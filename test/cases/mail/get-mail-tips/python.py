from msgraph import GraphServiceClient
from msgraph.generated.models.mail_tips_type import MailTipsType
from msgraph.generated.users.item.get_mail_tips.get_mail_tips_post_request_body import GetMailTipsPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = GetMailTipsPostRequestBody(
    email_addresses = [
        "kwame.boateng@fabrikam.example",
        "orders@fabrikam.example",
    ],
    mail_tips_options = [MailTipsType.AutomaticReplies, MailTipsType.MailboxFullStatus],
)

result = await graph_client.me.get_mail_tips.post(request_body)
