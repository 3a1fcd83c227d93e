import com.microsoft.graph.beta.models.BookingCustomer;

BookingCustomer bookingCustomer = new BookingCustomer();
bookingCustomer.setDisplayName("Ilse Vandenberghe");
bookingCustomer.setEmailAddress("ilse.v@northwind.example.org");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
BookingCustomer result = graphClient
  .bookingBusinesses()
  .byBookingBusinessId("fabrikamrepairs@fabrikam.example.com")
  .customers()
  .post(bookingCustomer);
