mgc identity-governance access-reviews definitions list --filter "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')" --top 20 --skip 40
