// The platform's settings of the Tasklist, in place of the webjar's (see docs/workbench.md, "Camunda webapps").
export default {
  // Signed in through the workbench: signing out returns there. Relative times follow the language once it has loaded,
  // and so does a Camunda Form's "Select" (form-placeholders: form-js has no translation of its own).
  customScripts: ['../platform/sign-out', '../platform/relative-times', '../platform/form-placeholders'],
  // Chosen from the browser's language (locales/zh.json says every text; WebappTranslationTest).
  locales: {availableLocales: ['en', 'zh'], fallbackLocale: 'en'},
  // The help lists these descriptions as they are, whatever the language: Chinese first, as the filters and tasks.
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务 / claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: '转到列表中的第一个筛选器 / set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: '转到列表中的第一个任务 / sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: '转到任务表单的第一个输入框 / sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: '打开启动流程的对话框 / opens the start process modal dialog'}
  }
};
