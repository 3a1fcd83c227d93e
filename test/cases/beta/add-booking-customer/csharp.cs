// Dependencies
using Microsoft.Graph.Beta.Models;

var requestBody = new BookingCustomer
{
    DisplayName = "Ilse Vandenberghe",
    EmailAddress = "ilse.v@northwind.example.org",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.BookingBusinesses["fabrikamrepairs@fabrikam.example.com"].Customers.PostAsync(requestBody);
