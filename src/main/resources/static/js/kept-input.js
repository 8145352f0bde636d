// What a member of staff typed into a form stays in this browser tab (sessionStorage) until the server has answered
// it. A form sent after the session ended is refused (its CSRF token belonged to that session); once they have signed
// in again and opened the form again, its fields are filled with what they typed, for them to check and send again.
// Nothing is sent by itself, and what the server put in the form (hidden fields: the task's version, the hash shown
// for a signature, the submission's ticket) comes fresh from the new page. The text never leaves the tab, is dropped
// at sign-out, and is never shown to another login. Switching the language in the middle of a form keeps what was
// typed the same way, for the page in the other language.
(function () {
    var KEY = 'workbench.unsent';
    var user = document.body.getAttribute('data-user') || '';
    var kept = null;
    try {
        kept = JSON.parse(window.sessionStorage.getItem(KEY));
    } catch (e) {
        return;
    }

    function pathOf(form) {
        return new URL(form.getAttribute('action') || window.location.href, window.location.href).pathname;
    }

    function typed(field) {
        return field.name && !field.disabled && ['hidden', 'password', 'file', 'submit', 'button', 'reset']
            .indexOf(field.type) < 0;
    }

    // Keeps what the form holds, why being 'sent' or 'language' (the reader switched the language).
    function keep(form, why) {
        // A check-your-answers page carries the answers in hidden fields: they go back into the form they came from.
        var answers = form.getAttribute('data-kept') === 'answers';
        var fields = [];
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!typed(field) && !(answers && field.type === 'hidden' && ['submission', '_csrf'].indexOf(field.name) < 0)) {
                return;
            }
            if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) {
                return;
            }
            if (field.type === 'select-multiple') {
                Array.prototype.forEach.call(field.selectedOptions, function (option) {
                    fields.push([field.name, option.value]);
                });
                return;
            }
            fields.push([field.name, field.value]);
        });
        window.sessionStorage.setItem(KEY, JSON.stringify({
            user: user, page: window.location.pathname, action: pathOf(form), fields: fields,
            unsent: why === 'language', why: why
        }));
    }

    function posts(form) {
        return (form.getAttribute('method') || 'get').toLowerCase() === 'post' && pathOf(form) !== '/logout'
            && !form.querySelector('input[type=password]');
    }

    function changed(form) {
        return Array.prototype.some.call(form.elements, function (field) {
            if (!typed(field)) {
                return false;
            }
            if (field.type === 'checkbox' || field.type === 'radio') {
                return field.checked !== field.defaultChecked;
            }
            if (field.options) {
                return Array.prototype.some.call(field.options, function (option) {
                    return option.selected !== option.defaultSelected;
                });
            }
            return field.value !== field.defaultValue;
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (pathOf(form) === '/logout') {
            window.sessionStorage.removeItem(KEY);
            return;
        }
        if (posts(form)) {
            keep(form, 'sent');
        }
    });

    // The language switch opens the page again: a form half filled in (or the answers a check page carries) would
    // be lost, so it is kept and filled in again on the page in the other language, for the reader to go on.
    document.addEventListener('click', function (event) {
        if (!user || !event.target.closest || !event.target.closest('.header__languages a')) {
            return;
        }
        var form = Array.prototype.filter.call(document.forms, function (candidate) {
            return posts(candidate) && (candidate.getAttribute('data-kept') === 'answers' || changed(candidate));
        })[0];
        if (form) {
            keep(form, 'language');
        }
    });

    if (!kept) {
        return;
    }
    var expired = document.getElementById('expired-form');
    if (expired) {
        kept.unsent = true;
        window.sessionStorage.setItem(KEY, JSON.stringify(kept));
        expired.setAttribute('href', kept.page);
        document.getElementById('expired-kept').hidden = false;
        return;
    }
    if (!user) {
        return;
    }
    if (!kept.unsent || kept.user !== user) {
        // The server answered what was sent (a confirmation, or the form again with its messages), or another login
        // now uses this tab.
        window.sessionStorage.removeItem(KEY);
        return;
    }
    if (kept.page !== window.location.pathname) {
        return;
    }
    var form = Array.prototype.filter.call(document.forms, function (candidate) {
        return pathOf(candidate) === kept.action;
    })[0];
    if (!form) {
        return;
    }
    var values = {};
    kept.fields.forEach(function (field) {
        (values[field[0]] = values[field[0]] || []).push(field[1]);
    });
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (field) {
        if (!typed(field) || !values.hasOwnProperty(field.name)) {
            return;
        }
        var sent = values[field.name];
        if (field.type === 'checkbox' || field.type === 'radio') {
            field.checked = sent.indexOf(field.value) >= 0;
        } else if (field.type === 'select-multiple') {
            Array.prototype.forEach.call(field.options, function (option) {
                option.selected = sent.indexOf(option.value) >= 0;
            });
        } else {
            var index = seen[field.name] || 0;
            if (index < sent.length) {
                field.value = sent[index];
            }
            seen[field.name] = index + 1;
        }
        field.dispatchEvent(new Event('input', {bubbles: true}));
        field.dispatchEvent(new Event('change', {bubbles: true}));
    });
    window.sessionStorage.removeItem(KEY);
    var notice = document.getElementById(kept.why === 'language' ? 'kept-language' : 'kept-input');
    form.parentNode.insertBefore(notice, form);
    notice.hidden = false;
})();
