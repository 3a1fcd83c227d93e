const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    "/me/reminderView(StartDateTime='2025-04-01T09:00:00+02:00',EndDateTime='2025-04-02T18:00:00+02:00')",
  )
  .header('Prefer', 'outlook.timezone="Pacific Standard Time"')
  .filter("eventSubject eq 'Team ''sync'''")
  .top(2)
  .get();
