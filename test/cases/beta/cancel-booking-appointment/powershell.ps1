Import-Module Microsoft.Graph.Beta.Bookings

$params = @{
    cancellationMessage = 'The technician is ill; we will call you to pick a new date.'
}

Stop-MgBetaBookingBusinessAppointment -BookingBusinessId 'fabrikamrepairs@fabrikam.example.com' -BookingAppointmentId 'AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA=' -BodyParameter $params
