// Reply Guard compliance report: clicking a bar filters the findings table; in the editor's
// webview, a finding's link opens the file at its line (the extension does it on message).
(function () {
  'use strict';
  /* global acquireVsCodeApi */
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
  const bars = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  const status = document.getElementById('filter-status');
  const clear = document.getElementById('clear-filter');
  let active;

  function apply(filter) {
    active = filter && filter !== active ? filter : undefined;
    rows.forEach(function (row) {
      row.hidden = !!active && (row.getAttribute('data-keys') || '').split(' ').indexOf(active) < 0;
    });
    bars.forEach(function (bar) {
      bar.classList.toggle('selected', bar.getAttribute('data-filter') === active);
    });
    const label = active && bars.filter(function (b) { return b.getAttribute('data-filter') === active; })[0];
    if (status) status.textContent = active ? document.body.getAttribute('data-filtered-label') + ': ' + (label ? label.getAttribute('aria-label') : active) : '';
    if (clear) clear.hidden = !active;
  }

  bars.forEach(function (bar) {
    bar.addEventListener('click', function () { apply(bar.getAttribute('data-filter')); });
    bar.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        apply(bar.getAttribute('data-filter'));
      }
    });
  });
  if (clear) clear.addEventListener('click', function () { apply(undefined); });

  if (vscode) {
    document.querySelectorAll('a.open').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        vscode.postMessage({ type: 'open', uri: a.getAttribute('data-uri'), line: Number(a.getAttribute('data-line')), column: Number(a.getAttribute('data-column')) });
      });
    });
  }
})();
