// Draws the budget chart from the data the server put on the canvas: one group of bars per budget year. Amounts arrive
// as exact decimal strings; the chart needs numbers only to size the bars, the tables beside it show the exact ones.
(function () {
    var canvas = document.getElementById('budget-chart');
    if (!canvas || !window.Chart) { return; }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var colours = { budget: '#1d70b8', reserved: '#f47738', awarded: '#00703c', disbursed: '#4c2c92', reclaimed: '#d4351c' };
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.years.map(String),
            datasets: data.series.map(function (series) {
                return { label: series.label, data: series.values.map(Number), backgroundColor: colours[series.measure] };
            })
        },
        options: {
            animation: false,
            scales: { y: { beginAtZero: true, title: { display: true, text: data.yuan } } },
            plugins: { legend: { position: 'bottom' } }
        }
    });
})();
