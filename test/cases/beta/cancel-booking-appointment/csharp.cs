// Dependencies
using Microsoft.Graph.Beta.BookingBusinesses.Item.Appointments.Item.Cancel;

var requestBody = new CancelPostRequestBody
{
    CancellationMessage = "The technician is ill; we will call you to pick a new date.",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.BookingBusinesses["fabrikamrepairs@fabrikam.example.com"].Appointments["AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA="].Cancel.PostAsync(requestBody);
