/**
 * Locks the page down for an unattended touch screen: no page zoom, no scrolling the page away, no text
 * selection, no long-press menu, no navigating away (links, back-swipe, keyboard shortcuts), no file pickers,
 * drops or downloads. The CSS half is in the kiosk stylesheet, kiosk-lockdown.css, switched on by the `data-kiosk`
 * attribute set here.
 * Returns the function that undoes it (tests).
 */
const VIEWPORT = 'width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1, user-scalable=no';
/** Ctrl/Cmd shortcuts that zoom, print, save, open or find — or otherwise leave the app. */
const BLOCKED_KEYS = new Set([
  '+',
  '=',
  '-',
  '_',
  '0',
  'p',
  's',
  'o',
  'f',
  'g',
  'l',
  'n',
  't',
  'w',
  'u',
  'h',
  'j',
]);

export function lockDown(): () => void {
  const root = document.documentElement;
  root.dataset.kiosk = 'on';

  let meta = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const before = meta?.content;
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'viewport';
    document.head.append(meta);
  }
  meta.content = VIEWPORT;

  const prevent = (e: Event) => e.preventDefault();
  /** Drops would open a file; stopping them before the app's own window listeners see them. */
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onWheel = (e: WheelEvent) => {
    if (e.ctrlKey || e.metaKey) e.preventDefault(); // trackpad pinch and ctrl+wheel zoom the page
  };
  const onTouchMove = (e: TouchEvent) => {
    // Two fingers outside the canvas would zoom the page; on the canvas they pinch the graph.
    const onCanvas = e.target instanceof Element && e.target.closest('.graph-canvas');
    if (e.touches.length > 1 && !onCanvas) e.preventDefault();
  };
  const onKey = (e: KeyboardEvent) => {
    const k = e.key.toLowerCase();
    if (((e.ctrlKey || e.metaKey) && BLOCKED_KEYS.has(k)) || (e.altKey && k.startsWith('arrow')))
      e.preventDefault();
    if (k === 'f5' || k === 'f11' || k === 'f12' || k === 'browserback' || k === 'backspace') {
      const editing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (!editing) e.preventDefault();
    }
  };
  const onClick = (e: MouseEvent) => {
    const el = e.target instanceof Element ? e.target : null;
    // No link leaves the app (nor downloads anything), and no file picker opens.
    if (el?.closest('a[href], area[href]') || (el instanceof HTMLInputElement && el.type === 'file'))
      e.preventDefault();
  };
  // Back-swipe and the back button: an entry of our own on top, to fall back on. Chromium skips entries pushed
  // without a user gesture when going back, so it is (re-)pushed on a touch whenever the top entry is not ours.
  const guard = () => {
    if ((history.state as { kiosk?: boolean } | null)?.kiosk) return;
    try {
      history.pushState({ kiosk: true }, '', location.href);
    } catch {
      // history may be unavailable; the browser's --kiosk flag has no back button anyway
    }
  };
  const onPopState = () => guard();
  const onPointerDown = () => guard();
  const originalOpen = window.open;
  window.open = () => null;

  const listeners: [string, EventListener][] = [
    ['contextmenu', prevent],
    ['selectstart', prevent],
    ['dragstart', prevent],
    ['gesturestart', prevent],
    ['gesturechange', prevent],
    ['dragenter', swallow],
    ['dragover', swallow],
    ['drop', swallow],
    ['wheel', onWheel as EventListener],
    ['touchmove', onTouchMove as EventListener],
    ['keydown', onKey as EventListener],
    ['click', onClick as EventListener],
    ['auxclick', onClick as EventListener],
    ['popstate', onPopState],
    ['pointerdown', onPointerDown],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn, { capture: true, passive: false });

  return () => {
    for (const [type, fn] of listeners) window.removeEventListener(type, fn, { capture: true });
    window.open = originalOpen;
    if (before === undefined) meta.remove();
    else meta.content = before;
    delete root.dataset.kiosk;
  };
}
