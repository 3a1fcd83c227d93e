const options = {
  authProvider,
};

const client = Client.init(options);

const educationAssignmentDefaults = {
  dueTime: '17:30:00',
  addedStudentAction: 'none',
  notificationChannelUrl: null,
};

await client
  .api('/education/classes/{educationClass-id}/assignmentDefaults')
  .patch(educationAssignmentDefaults);
