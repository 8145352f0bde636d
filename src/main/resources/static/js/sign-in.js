// A link into a Camunda webapp names its view after '#' (/camunda/app/cockpit/default/#/processes), which the browser
// keeps through the redirect to this page but never sends: the form carries it on, so that signing in opens that view
// and not the webapp's first page.
(function () {
    const form = document.getElementById('sign-in');
    if (form && window.location.hash.indexOf('#/') === 0) {
        form.action = form.getAttribute('action') + window.location.hash;
    }
})();

// A link into a Camunda webapp leads through this page. The webapp starts before its texts have come unless it finds
// them in its store (localStorage 'camunda-web', keyed by the webapp's version), and then shows some keys for good
// (Admin's USERS_USERS, read once at its start). While the reader types, the texts in their language are put where
// the webapps look first. Nothing waits for it: a webapp opened before they are in place fetches them itself.
(function () {
    const form = document.getElementById('sign-in');
    const root = form && form.dataset.webapps;
    const version = form && form.dataset.webappsVersion;
    if (!root || !version || !window.fetch || !window.localStorage) {
        return;
    }
    // As the webapps choose: the browser's first language without its region, English where they do not speak it.
    const first = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
    const language = first === 'zh' ? 'zh' : 'en';
    ['cockpit', 'tasklist', 'admin', 'welcome'].forEach(app => {
        const prefix = root + '/app/' + app + '/locales/';
        fetch(prefix + language + '.json?bust=' + encodeURIComponent(version), {credentials: 'same-origin'})
            .then(response => response.ok ? response.text() : null)
            .then(text => {
                if (text === null) {
                    return;
                }
                JSON.parse(text);
                const store = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
                store[prefix + '_locales_data_' + language + '_' + version] = text;
                window.localStorage.setItem('camunda-web', JSON.stringify(store));
            })
            .catch(() => undefined);
    });
})();
