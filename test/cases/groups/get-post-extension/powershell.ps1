Import-Module Microsoft.Graph.Groups

Get-MgGroupThreadPostExtension -GroupId '37df2ff0-0de0-4c33-8aee-75289364aef6' -ConversationThreadId 'AAQkADJizZJpEWwqDHsEpV_KA==' -PostId 'AAMkADJiUg96QZUkA-ICwMubAADDEd7UAAA=' -ExtensionId 'Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate'
