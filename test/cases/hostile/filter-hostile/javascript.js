const options = {
  authProvider,
};

const client = Client.init(options);

let result = await client
  .api('/users')
  .filter(
    "displayName eq 'Zoë ''Z'' \"Q\" $x ${y} `z` 100%25 \\ */ ?> 中文 😀'",
  )
  .select('id,displayName')
  .get();
