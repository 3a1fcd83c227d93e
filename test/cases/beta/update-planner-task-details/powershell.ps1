Import-Module Microsoft.Graph.Beta.Planner

$params = @{
    previewType = 'checklist'
    description = 'Badges for the three new starters'
    checklist = @{
        '0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8' = @{
            '@odata.type' = 'microsoft.graph.plannerChecklistItem'
            title = 'Collect photos'
            isChecked = $true
        }
    }
}

Update-MgBetaPlannerTaskDetail -PlannerTaskId 'Rk3tZx8wT0-9hY2mQnLpA2QAB7cD' -IfMatch 'W/"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc="' -BodyParameter $params
