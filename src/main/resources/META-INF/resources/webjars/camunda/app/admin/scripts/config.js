// Admin's settings for Collections (replaces the file Camunda ships, which sets nothing).
export default {
  // The first-visit box asks GET /camunda-welcome, which this application does not serve: it answered 404 on
  // every login page.
  disableWelcomeMessage: true
};
