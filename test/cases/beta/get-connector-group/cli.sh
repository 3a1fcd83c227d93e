mgc-beta connector-groups get --connector-group-id {connectorGroup-id}
