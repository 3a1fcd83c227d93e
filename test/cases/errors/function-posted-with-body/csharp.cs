// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{item-id}"].Workbook.Tables["{table-id}"].Columns.ItemAtWithIndex(index: 1).GetAsync();
