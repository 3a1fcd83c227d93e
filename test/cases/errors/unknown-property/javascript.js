const options = {
  authProvider,
};

const client = Client.init(options);

const plannerTask = {
  planId: 'xqQg5FS2LkCp935s-FIFm2QAFkHM',
  title: 'Order spare belts',
  colour: 'orange',
};

let result = await client.api('/planner/tasks').post(plannerTask);
