mgc education schools classes list --education-school-id {educationSchool-id} --expand 'teachers($select=id,displayName)' --orderby displayName --top 30
