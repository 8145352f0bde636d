// The platform's settings of this webapp, in place of the webjar's (see docs/workbench.md, "Camunda webapps").
export default {
  // Signed in through the workbench: signing out returns there. The texts are there before the first paint.
  customScripts: ['../platform/sign-out'],
  // Chosen from the browser's language (locales/zh.json says every text; WebappTranslationTest).
  locales: {availableLocales: ['en', 'zh'], fallbackLocale: 'en'}
};
