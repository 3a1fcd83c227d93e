const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api(
    "/me/reminderView(startDateTime='2025-04-01T09:00:00.0000000',endDateTime='2025-04-02T18:00:00.0000000')",
  )
  .get();
