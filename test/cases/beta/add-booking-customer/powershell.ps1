Import-Module Microsoft.Graph.Beta.Bookings

$params = @{
    displayName = 'Ilse Vandenberghe'
    emailAddress = 'ilse.v@northwind.example.org'
}

New-MgBetaBookingBusinessCustomer -BookingBusinessId 'fabrikamrepairs@fabrikam.example.com' -BodyParameter $params
