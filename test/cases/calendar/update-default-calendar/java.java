import com.microsoft.graph.models.Calendar;
import com.microsoft.graph.models.CalendarColor;

Calendar calendar = new Calendar();
calendar.setColor(CalendarColor.LightGreen);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Calendar result = graphClient.me().calendar().patch(calendar);
