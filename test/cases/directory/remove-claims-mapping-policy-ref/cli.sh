mgc service-principals claims-mapping-policies ref-by-id delete --service-principal-id {servicePrincipal-id} --claims-mapping-policy-id {claimsMappingPolicy-id}
