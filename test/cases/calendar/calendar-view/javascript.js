const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    '/me/calendarView?startDateTime=2025-03-02T08:00:00-08:00&endDateTime=2025-03-09T08:00:00-08:00',
  )
  .header('Prefer', 'outlook.timezone="Pacific Standard Time"')
  .select('subject,organizer,start,end')
  .orderby('start/dateTime')
  .get();
