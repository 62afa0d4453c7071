// Runs before the page is first painted (a classic script in <head>; the CSP allows no inline script). The start
// picture written into index.html is right only for the bare address: when the link names a view, a graph, a
// language, a theme, the kiosk or a presentation, or a stored view of the default graph exists, the page shows
// its shell without the picture until the canvas has drawn. The kiosk, an embedded view and a presentation
// have pages of their own: there the shell is left out too. A phone held upright draws the plan as a top-down
// tree (src/view/arrangement.ts), not the radial picture: it gets the shell without the picture as well.
/* global document, location, localStorage, matchMedia */
(function () {
  // src/canvas/media.ts COMPACT_QUERY, held upright.
  var PORTRAIT_PHONE =
    '(max-width: 820px) and (orientation: portrait), (max-height: 500px) and (orientation: portrait)';
  var root = document.documentElement;
  var search = location.search.replace(/^\?/, '');
  var stored;
  try {
    var graph = document.currentScript && document.currentScript.getAttribute('data-graph');
    stored = !!graph && localStorage.getItem('taigu:view:' + graph) !== null;
  } catch {
    stored = false; // storage unavailable (private mode): nothing stored
  }
  if (/(^|&)(kiosk|embed|present)(=|&|$)/.test(search)) root.setAttribute('data-first-view', 'off');
  else if (search || location.hash.length > 1 || stored || portraitPhone())
    root.setAttribute('data-first-view', 'shell');

  function portraitPhone() {
    return typeof matchMedia === 'function' && matchMedia(PORTRAIT_PHONE).matches;
  }
})();
