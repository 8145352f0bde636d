// A link into a Camunda webapp names its view after '#' (/camunda/app/cockpit/default/#/processes), which the browser
// keeps through the redirect to this page but never sends: the form carries it on, so that signing in opens that view
// and not the webapp's first page.
(function () {
    const form = document.getElementById('sign-in');
    if (form && window.location.hash.indexOf('#/') === 0) {
        form.action = form.getAttribute('action') + window.location.hash;
    }
})();
