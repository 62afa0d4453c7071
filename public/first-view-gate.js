// Runs before the page is first painted (a classic script in <head>; the CSP allows no inline script). The start
// picture written into index.html is right only for the bare address: when the link names a view, a graph, a
// language, a theme, the kiosk or a presentation, or a stored view of the default graph exists, the page shows
// its shell without the picture until the canvas has drawn. The kiosk, an embedded view and a presentation
// have pages of their own: there the shell is left out too. (A phone held upright gets the shell and picture of
// its own, the portrait tree: the stylesheet chooses, src/app/first-view.css.)
/* global document, location, localStorage */
(function () {
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
  else if (search || location.hash.length > 1 || stored) root.setAttribute('data-first-view', 'shell');
})();
