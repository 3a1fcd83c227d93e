Import-Module Microsoft.Graph.Beta.Planner

$params = @{
    planId = 'Rk3tZx8wT0-9hY2mQnLpA2QAB7cD'
    bucketId = 'c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E'
    title = 'Order replacement badges'
    dueDateTime = '2026-03-14T17:00:00Z'
    assignments = @{
        '5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b' = @{
            '@odata.type' = '#microsoft.graph.plannerAssignment'
            orderHint = ' !'
        }
    }
}

New-MgBetaPlannerTask -BodyParameter $params
