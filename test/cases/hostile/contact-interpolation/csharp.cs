// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Contact
{
    GivenName = "$name",
    Surname = "${surname}",
    NickName = "`whoami` $(id) #{ruby} {0} {{mustache}} it''s doubled",
    JobTitle = "100% sure, 50%% off, %s and %d and %n",
    CompanyName = "*/ closing a comment /* and <?php echo 1; ?> and ?> alone",
    PersonalNotes = "@'\nsingle here-string\n'@\n@\"\ndouble here-string $env:PATH\n\"@",
    EmailAddresses = new List<EmailAddress>
    {
        new EmailAddress
        {
            Address = "dollar$sign@fabrikam.example",
            Name = "<script>alert('x')</script>",
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Contacts.PostAsync(requestBody);
