Import-Module Microsoft.Graph.Education

$params = @{
    dueTime = '17:30:00'
    addedStudentAction = 'none'
    notificationChannelUrl = $null
}

Update-MgEducationClassAssignmentDefault -EducationClassId $educationClassId -BodyParameter $params
