/*
 * The webapp's texts in the reader's language from its first paint. The webapp starts before its language file has
 * arrived unless it finds the file in its store (localStorage 'camunda-web', under the Camunda version, which the
 * platform's own locales/zh.json does not change): a direct link in a browser that had never opened the webapp
 * showed the header's and footer's keys (COCKPIT_MORE, CAM_WIDGET_FOOTER_POWERED_BY) until the file came, and a
 * browser that had kept an older file showed its older texts. The webapp waits for its custom scripts before it
 * starts, so this one fetches the reader's language and the fallback and puts them where the webapp looks first.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const app = window.location.pathname.substring(appRoot.length).split('/')[2];
const settings = (window['cam' + app.charAt(0).toUpperCase() + app.substring(1) + 'Conf'] || {}).locales || {};
const fallback = settings.fallbackLocale || 'en';
// As the webapp chooses: the browser's first language, without its region, if the webapp speaks it.
const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
const reader = !settings.availableLocales || settings.availableLocales.indexOf(browser) > -1 ? browser : fallback;
const prefix = appRoot + '/app/' + app + '/locales/';

const files = await Promise.all([...new Set([reader, fallback])].map(language =>
  fetch(prefix + language + '.json?bust=' + window.bust, {credentials: 'same-origin'})
    .then(response => response.ok ? response.text().then(text => [language, text]) : null)
    .catch(() => null)));
const store = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
files.filter(file => file !== null).forEach(([language, text]) => {
  store[prefix + '_locales_data_' + language + '_' + window.bust] = text;
});
window.localStorage.setItem('camunda-web', JSON.stringify(store));
