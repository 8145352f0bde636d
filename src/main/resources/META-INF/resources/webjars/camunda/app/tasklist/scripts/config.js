// The platform's settings of the Tasklist, in place of the webjar's (see docs/workbench.md, "Camunda webapps").
export default {
  // Signed in through the workbench: signing out returns there.
  customScripts: ['../platform/sign-out'],
  // Chosen from the browser's language; what locales/zh.json leaves out is shown in English.
  locales: {availableLocales: ['en', 'zh'], fallbackLocale: 'en'},
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
