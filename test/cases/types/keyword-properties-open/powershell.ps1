Import-Module Microsoft.Graph.Mail

$params = @{
    subject = 'Keywords as property names'
    'function' = 'route'
    'class' = 'internal'
    'var' = 'v2'
    string = 's'
    object = @{
        nested = @(
            1
            'two'
            @{
                three = 3
            }
        )
    }
    'in' = 1
    is = $true
    import = 'none'
    global = $false
    async = $null
    package = 'p'
    default = 'd'
    select = 'x'
}

# A UPN can also be used as -UserId.
New-MgUserMessage -UserId $userId -BodyParameter $params
