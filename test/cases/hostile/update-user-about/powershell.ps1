Import-Module Microsoft.Graph.Users

$params = @{
    aboutMe = ("Line one`nLine two`twith a tab`nمرحبا" + [char]0x200F + ' then English; ends with a backslash \')
    department = 'R&D / "Skunkworks"'
    jobTitle = 'Ingénieure ü \u0041 is not an escape here'
}

Update-MgUser -UserId $userId -BodyParameter $params
