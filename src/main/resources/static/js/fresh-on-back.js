// A task page the browser shows again from its back-forward cache (back after answering) offered the form of a task
// already answered, as if it were still open: the page is asked for again instead, which says what became of the task.
window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
        window.location.reload();
    }
});
