from msgraph import GraphServiceClient
from msgraph.generated.models.contact import Contact
from msgraph.generated.models.email_address import EmailAddress

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Contact(
    given_name = "$name",
    surname = "${surname}",
    nick_name = "`whoami` $(id) #{ruby} {0} {{mustache}} it''s doubled",
    job_title = "100% sure, 50%% off, %s and %d and %n",
    company_name = "*/ closing a comment /* and <?php echo 1; ?> and ?> alone",
    personal_notes = "@'\nsingle here-string\n'@\n@\"\ndouble here-string $env:PATH\n\"@",
    email_addresses = [
        EmailAddress(
            address = "dollar$sign@fabrikam.example",
            name = "<script>alert('x')</script>",
        ),
    ],
)

result = await graph_client.me.contacts.post(request_body)
