/** The element index.html's first view is written in (scripts/lib/vite-first-view.ts), on its own so that the
 * page's entry can look for it without loading the canvas code. */
export const FIRST_VIEW_ID = 'first-view';
