Import-Module Microsoft.Graph.DeviceManagement

$params = @{
    reportName = 'Devices'
    select = @(
        'DeviceName'
        'OSVersion'
    )
    'filter' = '(OwnerType eq ''1'')'
    format = 'csv'
    localizationType = 'replaceLocalizableValues'
}

New-MgDeviceManagementReportExportJob -BodyParameter $params
