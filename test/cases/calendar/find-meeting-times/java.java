import com.microsoft.graph.models.ActivityDomain;
import com.microsoft.graph.models.AttendeeBase;
import com.microsoft.graph.models.AttendeeType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.MeetingTimeSuggestionsResult;
import com.microsoft.graph.models.TimeConstraint;
import com.microsoft.graph.models.TimeSlot;
import com.microsoft.graph.users.item.findmeetingtimes.FindMeetingTimesPostRequestBody;
import com.microsoft.kiota.PeriodAndDuration;
import java.time.Duration;
import java.util.LinkedList;

FindMeetingTimesPostRequestBody findMeetingTimesPostRequestBody =
  new FindMeetingTimesPostRequestBody();
LinkedList<AttendeeBase> attendees = new LinkedList<>();
AttendeeBase attendeeBase = new AttendeeBase();
attendeeBase.setType(AttendeeType.Required);
EmailAddress emailAddress = new EmailAddress();
emailAddress.setName("Hana Kobayashi");
emailAddress.setAddress("hana.k@fabrikam.example");
attendeeBase.setEmailAddress(emailAddress);
attendees.add(attendeeBase);
AttendeeBase attendeeBase1 = new AttendeeBase();
attendeeBase1.setType(AttendeeType.Optional);
EmailAddress emailAddress1 = new EmailAddress();
emailAddress1.setAddress("facilities@fabrikam.example");
attendeeBase1.setEmailAddress(emailAddress1);
attendees.add(attendeeBase1);
findMeetingTimesPostRequestBody.setAttendees(attendees);
TimeConstraint timeConstraint = new TimeConstraint();
timeConstraint.setActivityDomain(ActivityDomain.Work);
LinkedList<TimeSlot> timeSlots = new LinkedList<>();
TimeSlot timeSlot = new TimeSlot();
DateTimeTimeZone start = new DateTimeTimeZone();
start.setDateTime("2025-05-12T09:00:00");
start.setTimeZone("Tokyo Standard Time");
timeSlot.setStart(start);
DateTimeTimeZone end = new DateTimeTimeZone();
end.setDateTime("2025-05-16T18:00:00");
end.setTimeZone("Tokyo Standard Time");
timeSlot.setEnd(end);
timeSlots.add(timeSlot);
timeConstraint.setTimeSlots(timeSlots);
findMeetingTimesPostRequestBody.setTimeConstraint(timeConstraint);
findMeetingTimesPostRequestBody.setMeetingDuration(
  PeriodAndDuration.ofDuration(Duration.parse("PT1H30M"))
);
findMeetingTimesPostRequestBody.setMaxCandidates(5);
findMeetingTimesPostRequestBody.setIsOrganizerOptional(false);
findMeetingTimesPostRequestBody.setReturnSuggestionReasons(true);
findMeetingTimesPostRequestBody.setMinimumAttendeePercentage(66.5d);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
MeetingTimeSuggestionsResult result = graphClient
  .me()
  .findMeetingTimes()
  .post(findMeetingTimesPostRequestBody);
