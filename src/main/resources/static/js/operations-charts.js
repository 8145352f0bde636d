// The operations page's charts, drawn with Chart.js from the figures in each canvas's data attributes,
// and drawn again whenever htmx brings fresh figures.
(function () {
  'use strict';

  const COLOURS = ['#1d70b8', '#00703c', '#f47738', '#4c2c92'];

  function draw(canvas) {
    const labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
    const series = canvas.dataset.series.split('|');
    const values = canvas.dataset.values.split(';');
    const existing = Chart.getChart(canvas);
    if (existing) {
      existing.destroy();
    }
    new Chart(canvas, {
      type: canvas.dataset.chart,
      data: {
        labels: labels,
        datasets: series.map((name, index) => ({
          label: name,
          data: (values[index] || '').split(',').filter(Boolean).map(Number),
          backgroundColor: COLOURS[index % COLOURS.length]
        }))
      },
      options: {
        indexAxis: canvas.dataset.axis || 'x',
        animation: false,
        responsive: true,
        // Every figure is a count: whole numbers on the value axis, never 0.2 of a record.
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
