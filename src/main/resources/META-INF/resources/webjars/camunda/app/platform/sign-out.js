/*
 * Staff sign in to the webapps through the workbench (single sign-on). Signing out of a webapp ends that
 * session, and the webapp then shows its own login form, which has nothing to sign in to any more: the
 * workbench's login page takes its place.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');

function toWorkbenchLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    const href = window.location.href;
    window.location.replace(href.substring(0, href.indexOf(appRoot)) + '/login?logout');
  }
}

window.addEventListener('hashchange', toWorkbenchLogin);
toWorkbenchLogin();
