Import-Module Microsoft.Graph.Education

$params = @{
    displayName = 'Lab report: pendulum periods'
    dueDateTime = '2025-03-21T23:59:00Z'
    instructions = @{
        contentType = 'text'
        content = 'Measure ten swings for three string lengths and plot T against the square root of L.'
    }
    grading = @{
        '@odata.type' = '#microsoft.graph.educationAssignmentPointsGradeType'
        maxPoints = 37.5
    }
    assignTo = @{
        '@odata.type' = '#microsoft.graph.educationAssignmentClassRecipient'
    }
    allowLateSubmissions = $true
    addedStudentAction = 'assignIfOpen'
    status = 'draft'
}

New-MgEducationClassAssignment -EducationClassId $educationClassId -BodyParameter $params
