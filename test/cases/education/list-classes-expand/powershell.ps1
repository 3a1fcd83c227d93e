Import-Module Microsoft.Graph.Education

Get-MgEducationSchoolClass -EducationSchoolId $educationSchoolId -ExpandProperty 'teachers($select=id,displayName)' -Sort 'displayName' -Top 30
