// Draws each of the agreement's processes with bpmn-js (served from the jar) once its section is open:
// the elements it passed are marked "passed", those it waits in now "current".
(function () {
  'use strict';

  function ids(value) {
    return value ? value.split(' ').filter(Boolean) : [];
  }

  async function draw(container) {
    if (container.dataset.drawn) {
      return;
    }
    container.dataset.drawn = 'drawing';
    const viewer = new BpmnJS({ container: container });
    const answer = await fetch(container.dataset.diagram, { credentials: 'same-origin' });
    await viewer.importXML(await answer.text());
    const canvas = viewer.get('canvas');
    const elements = viewer.get('elementRegistry');
    // A multi-instance body or a message flow has no shape of its own: mark only what is drawn.
    ids(container.dataset.passed).filter(id => elements.get(id)).forEach(id => canvas.addMarker(id, 'diagram--passed'));
    ids(container.dataset.current).filter(id => elements.get(id)).forEach(id => {
      canvas.removeMarker(id, 'diagram--passed');
      canvas.addMarker(id, 'diagram--current');
    });
    canvas.zoom('fit-viewport');
    container.dataset.drawn = 'drawn';
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('details.process-run').forEach(function (run) {
      const container = run.querySelector('[data-diagram]');
      if (run.open) {
        draw(container);
      }
      run.addEventListener('toggle', function () {
        if (run.open) {
          draw(container);
        }
      });
    });
  });
})();
