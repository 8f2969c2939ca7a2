// Cockpit's settings for Collections (replaces the file Camunda ships; everything not set here keeps its default).
export default {
  // The first-visit box asks GET /camunda-welcome, which this application does not serve: it answered 404 on
  // every login page. The box only advertises Camunda's own welcome page.
  disableWelcomeMessage: true,
  // Cancelling a case runs its listeners and mappings: skipping them is for administrators only, and the
  // engine refuses it to managers, so Cockpit does not offer it.
  skipCustomListeners: {
    default: false,
    hidden: true
  },
  skipIoMappings: {
    default: false,
    hidden: true
  }
};
