Import-Module Microsoft.Graph.PersonalContacts

$params = @{
    givenName = '$name'
    surname = '${surname}'
    nickName = '`whoami` $(id) #{ruby} {0} {{mustache}} it''''s doubled'
    jobTitle = '100% sure, 50%% off, %s and %d and %n'
    companyName = '*/ closing a comment /* and <?php echo 1; ?> and ?> alone'
    personalNotes = "@'`nsingle here-string`n'@`n@`"`ndouble here-string `$env:PATH`n`"@"
    emailAddresses = @(
        @{
            address = 'dollar$sign@fabrikam.example'
            name = '<script>alert(''x'')</script>'
        }
    )
}

# A UPN can also be used as -UserId.
New-MgUserContact -UserId $userId -BodyParameter $params
