/*
 * Times relative to now ("几秒前", "14 天后") in the reader's language from the first list on. The Tasklist gives
 * moment.js each language's dates when that language's file has loaded (locales/zh.json, "dateLocales"), and each
 * such load also makes that language moment's current one: the English file, loaded too as the fallback, could come
 * last and leave a Chinese reader's first task list saying "a few seconds ago" and "in 14 days". angular-moment
 * draws a relative time again only when told the locale changed. So after every language file and every change of
 * language, moment is set back to the reader's language and the relative times are drawn again.
 */
window.angular.module('angularMoment').run(['$rootScope', '$injector', 'amMoment', function (rootScope, injector, amMoment) {
  function followTheReader() {
    const translate = injector.get('$translate');
    const language = translate.use() || translate.proposedLanguage();
    if (language) {
      amMoment.changeLocale(language);
    }
  }

  rootScope.$on('$translateLoadingEnd', followTheReader);
  rootScope.$on('$translateChangeSuccess', followTheReader);
}]);
