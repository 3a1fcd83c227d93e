<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->groups()
    ->byGroupId('37df2ff0-0de0-4c33-8aee-75289364aef6')
    ->threads()
    ->byConversationThreadId('AAQkADJizZJpEWwqDHsEpV_KA==')
    ->posts()
    ->byPostId('AAMkADJiUg96QZUkA-ICwMubAADDEd7UAAA=')
    ->extensions()
    ->byExtensionId(
        'Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate',
    )
    ->get()
    ->wait();
