import com.microsoft.graph.models.AutomaticRepliesSetting;
import com.microsoft.graph.models.AutomaticRepliesStatus;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.DayOfWeek;
import com.microsoft.graph.models.ExternalAudienceScope;
import com.microsoft.graph.models.MailboxSettings;
import com.microsoft.graph.models.TimeZoneBase;
import com.microsoft.graph.models.WorkingHours;
import java.time.LocalTime;
import java.util.LinkedList;

MailboxSettings mailboxSettings = new MailboxSettings();
WorkingHours workingHours = new WorkingHours();
LinkedList<DayOfWeek> daysOfWeek = new LinkedList<>();
daysOfWeek.add(DayOfWeek.Tuesday);
daysOfWeek.add(DayOfWeek.Wednesday);
daysOfWeek.add(DayOfWeek.Thursday);
workingHours.setDaysOfWeek(daysOfWeek);
workingHours.setStartTime(LocalTime.of(7, 45));
workingHours.setEndTime(LocalTime.of(16, 15));
TimeZoneBase timeZone = new TimeZoneBase();
timeZone.setName("Central America Standard Time");
workingHours.setTimeZone(timeZone);
mailboxSettings.setWorkingHours(workingHours);
AutomaticRepliesSetting automaticRepliesSetting =
  new AutomaticRepliesSetting();
automaticRepliesSetting.setStatus(AutomaticRepliesStatus.Scheduled);
automaticRepliesSetting.setExternalAudience(
  ExternalAudienceScope.ContactsOnly
);
DateTimeTimeZone scheduledStartDateTime = new DateTimeTimeZone();
scheduledStartDateTime.setDateTime("2025-07-14T08:00:00");
scheduledStartDateTime.setTimeZone("UTC");
automaticRepliesSetting.setScheduledStartDateTime(scheduledStartDateTime);
DateTimeTimeZone scheduledEndDateTime = new DateTimeTimeZone();
scheduledEndDateTime.setDateTime("2025-07-25T17:00:00");
scheduledEndDateTime.setTimeZone("UTC");
automaticRepliesSetting.setScheduledEndDateTime(scheduledEndDateTime);
mailboxSettings.setAutomaticRepliesSetting(automaticRepliesSetting);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
MailboxSettings result = graphClient
  .me()
  .mailboxSettings()
  .patch(mailboxSettings);
