const options = {
  authProvider,
};

const client = Client.init(options);

const tiIndicator = {
  action: 'block',
  confidence: 80,
  description: 'Installer seen in the phishing campaign of week 6',
  expirationDateTime: '2026-04-30T00:00:00Z',
  externalId: 'fabrikam-soc-20260210-017',
  fileHashType: 'sha256',
  fileHashValue:
    '3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b',
  severity: 4,
  tags: ['phishing', 'installer'],
  targetProduct: 'Azure Sentinel',
  threatType: 'Malware',
  tlpLevel: 'amber',
};

let result = await client
  .api('/security/tiIndicators')
  .version('beta')
  .post(tiIndicator);
