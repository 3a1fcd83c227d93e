mgc-beta booking-businesses appointments cancel post --booking-business-id fabrikamrepairs@fabrikam.example.com --booking-appointment-id AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA= --body '{
  "cancellationMessage": "The technician is ill; we will call you to pick a new date."
}'
