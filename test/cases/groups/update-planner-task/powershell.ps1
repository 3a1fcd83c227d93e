Import-Module Microsoft.Graph.Planner

$headers = @{
    Prefer = 'return=representation'
}

$params = @{
    percentComplete = 50
    dueDateTime = '2025-06-30T17:00:00Z'
    priority = 3
    assignments = @{
        '5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64' = @{
            '@odata.type' = '#microsoft.graph.plannerAssignment'
            orderHint = ' !'
        }
    }
}

Update-MgPlannerTask -PlannerTaskId $plannerTaskId -IfMatch 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="' -Headers $headers -BodyParameter $params
