<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Search\Query\QueryPostRequestBody;
use Microsoft\Graph\Generated\Models\SearchRequest;
use Microsoft\Graph\Generated\Models\EntityType;
use Microsoft\Graph\Generated\Models\SearchQuery;
use Microsoft\Graph\Generated\Models\CollapseProperty;
use Microsoft\Graph\Generated\Models\SortProperty;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new QueryPostRequestBody();
$requestsSearchRequest1 = new SearchRequest();
$requestsSearchRequest1->setEntityTypes([
    new EntityType('driveItem'),
    new EntityType('listItem'),
]);
$requestsSearchRequest1Query = new SearchQuery();
$requestsSearchRequest1Query->setQueryString('budget AND filetype:xlsx');
$requestsSearchRequest1->setQuery($requestsSearchRequest1Query);
$requestsSearchRequest1->setFrom(0);
$requestsSearchRequest1->setSize(25);
$requestsSearchRequest1->setFields(['name', 'size']);
$requestsSearchRequest1CollapsePropertiesCollapseProperty1 = new CollapseProperty();
$requestsSearchRequest1CollapsePropertiesCollapseProperty1->setFields([
    'siteId',
]);
$requestsSearchRequest1CollapsePropertiesCollapseProperty1->setLimit(1);
$requestsSearchRequest1->setCollapseProperties([
    $requestsSearchRequest1CollapsePropertiesCollapseProperty1,
]);
$requestsSearchRequest1SortPropertiesSortProperty1 = new SortProperty();
$requestsSearchRequest1SortPropertiesSortProperty1->setName('size');
$requestsSearchRequest1SortPropertiesSortProperty1->setIsDescending(true);
$requestsSearchRequest1->setSortProperties([
    $requestsSearchRequest1SortPropertiesSortProperty1,
]);
$requestBody->setRequests([$requestsSearchRequest1]);

$result = $graphServiceClient->search()->query()->post($requestBody)->wait();
