// On a phone the filters fold above the list, so that the list comes first (the board's agreements, my work's tasks);
// a wide screen keeps them open beside it. Filters the board could not read stay open, where the reader corrects them.
(function () {
    const panel = document.getElementById('filters-panel');
    if (!panel) {
        return;
    }
    const narrow = window.matchMedia('(max-width: 800px)');
    const fold = () => {
        panel.open = !narrow.matches || panel.dataset.problems === 'true';
    };
    fold();
    narrow.addEventListener('change', fold);
}());
