import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewTiIndicator()
action := graphmodels.BLOCK_TIACTION
requestBody.SetAction(&action)
confidence := int32(80)
requestBody.SetConfidence(&confidence)
description := "Installer seen in the phishing campaign of week 6"
requestBody.SetDescription(&description)
expirationDateTime := time.Date(2026, time.April, 30, 0, 0, 0, 0, time.UTC)
requestBody.SetExpirationDateTime(&expirationDateTime)
externalId := "fabrikam-soc-20260210-017"
requestBody.SetExternalId(&externalId)
fileHashType := graphmodels.SHA256_FILEHASHTYPE
requestBody.SetFileHashType(&fileHashType)
fileHashValue := "3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"
requestBody.SetFileHashValue(&fileHashValue)
severity := int32(4)
requestBody.SetSeverity(&severity)
tags := []string{
	"phishing",
	"installer",
}
requestBody.SetTags(tags)
targetProduct := "Azure Sentinel"
requestBody.SetTargetProduct(&targetProduct)
threatType := "Malware"
requestBody.SetThreatType(&threatType)
tlpLevel := graphmodels.AMBER_TLPLEVEL
requestBody.SetTlpLevel(&tlpLevel)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Security().TiIndicators().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
