const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    '/me/calendarView/delta?startDateTime=2025-04-07T00:00:00Z&endDateTime=2025-04-14T00:00:00Z',
  )
  .get();
