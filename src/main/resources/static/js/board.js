// Enter shows the board from a choice list as it does from a text field (the browser submits only from the latter):
// a keyboard user who had chosen a stage had to tab past every other filter to the button.
(function () {
    const form = document.getElementById('board-filters');
    if (!form) {
        return;
    }
    form.addEventListener('keydown', event => {
        if (event.key === 'Enter' && event.target.tagName === 'SELECT') {
            event.preventDefault();
            form.requestSubmit();
        }
    });
}());

// Draws the board's charts from the data the page carries; every label arrives already translated.
(function () {
    const holder = document.getElementById('board-charts');
    if (!holder || typeof Chart === 'undefined') {
        return;
    }
    const data = JSON.parse(holder.dataset.charts);
    const colours = ['#1d70b8', '#00703c', '#6f72af'];
    new Chart(document.getElementById('funnel-chart'), {
        type: 'bar',
        data: {
            labels: data.funnel.labels,
            datasets: [{label: data.funnel.label, data: data.funnel.values, backgroundColor: colours[0]}]
        },
        // Every stage is named, on a chart tall enough for six names: on a phone's short chart Chart.js named every
        // other one, so the bar of the stage in force stood beside the name of the closure's (终止评估 2).
        options: {indexAxis: 'y', animation: false, aspectRatio: 1.5, plugins: {legend: {display: false}},
            scales: {x: {beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: data.funnel.xTitle}},
                y: {ticks: {autoSkip: false}}}}
    });
    const throughput = document.getElementById('throughput-chart');
    if (!throughput) {
        return;
    }
    new Chart(throughput, {
        type: 'line',
        data: {
            labels: data.throughput.labels,
            datasets: data.throughput.series.map((series, i) => ({
                label: series.label, data: series.values, borderColor: colours[i], backgroundColor: colours[i], tension: 0.2
            }))
        },
        // The axis names each week by a short day, the tooltip by the full one; the legend goes below the plot,
        // where the y axis's title cannot run into it on a narrow chart.
        options: {animation: false,
            plugins: {legend: {position: 'bottom'},
                tooltip: {callbacks: {title: items => data.throughput.days[items[0].dataIndex]}}},
            scales: {
                x: {ticks: {maxRotation: 0, autoSkipPadding: 8}, title: {display: true, text: data.throughput.xTitle}},
                y: {beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: data.throughput.yTitle}}}}
    });
}());
