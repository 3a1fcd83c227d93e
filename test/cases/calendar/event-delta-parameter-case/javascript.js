const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    '/me/calendarView/delta?startdatetime=2025-04-07T00:00:00Z&ENDDATETIME=2025-04-14T00:00:00Z',
  )
  .header('Prefer', 'odata.maxpagesize=20')
  .get();
