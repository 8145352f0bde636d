/*
 * form-js (the Camunda Forms of the Tasklist) writes a select field's placeholder, "Select", in English whatever the
 * language, and has no translation of its own for it. A reader of another language gets the words of the Tasklist's
 * locale file ("formJs" in locales/zh.json, beside its "labels"), put in place whenever a form draws one.
 */
window.angular.module('pascalprecht.translate').run(['$rootScope', '$injector', '$http', function (rootScope, injector, http) {
  const base = document.querySelector('base');
  const root = base ? base.getAttribute('app-root') : '';
  let words = {};

  // The words go into form-js's own text node: a node put in its place would have form-js draw its own beside it.
  function translate(element) {
    element.querySelectorAll('.fjs-select-placeholder').forEach(function (placeholder) {
      placeholder.childNodes.forEach(function (text) {
        if (text.nodeType === Node.TEXT_NODE && words[text.data]) {
          text.data = words[text.data];
        }
      });
    });
  }

  function followTheReader() {
    const translator = injector.get('$translate');
    const language = translator.use() || translator.proposedLanguage();
    if (!language || language === 'en') {
      words = {};
      return;
    }
    http.get(root + '/app/tasklist/locales/' + language + '.json').then(function (response) {
      words = (response.data && response.data.formJs) || {};
      translate(document.body);
    });
  }

  new MutationObserver(function () {
    translate(document.body);
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
  rootScope.$on('$translateChangeSuccess', followTheReader);
  rootScope.$on('$translateLoadingEnd', followTheReader);
}]);
