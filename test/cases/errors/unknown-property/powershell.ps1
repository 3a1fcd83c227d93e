Import-Module Microsoft.Graph.Planner

$params = @{
    planId = 'xqQg5FS2LkCp935s-FIFm2QAFkHM'
    title = 'Order spare belts'
    colour = 'orange'
}

New-MgPlannerTask -BodyParameter $params
