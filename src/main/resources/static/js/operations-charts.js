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
    const axis = canvas.dataset.axis || 'x';
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
        indexAxis: axis,
        animation: false,
        responsive: true,
        // Lying bars get a line of height each, so that every one of them can carry its label.
        aspectRatio: axis === 'y' ? Math.min(2, Math.max(0.75, 16 / Math.max(labels.length, 1))) : 2,
        // Every figure is a count: whole numbers on the value axis, never 0.2 of a record. Every bar keeps its
        // label: Chart.js would otherwise drop every other one where they are close, and a bar would seem to be
        // the neighbour whose label is left (two agreements in consultation read as two whose consultation failed).
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0, autoSkip: axis === 'y' } },
          y: { beginAtZero: true, ticks: { precision: 0, autoSkip: axis !== 'y' } }
        }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
