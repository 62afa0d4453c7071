/**
 * The canvas marks its first frame and every settled layout on the page's performance timeline; the benchmark
 * waits for these marks. Browsers never drop user-timing marks, and a kiosk's attract loop settles a layout at
 * every tour step (one every ten seconds) for as long as nobody touches the screen — the idle reset that empties
 * the timeline only follows a visit. So a night without visitors would pile up thousands; past MARK_CAP marks of
 * one name they are cleared. A fresh page (benchmark, tests) never gets near it.
 */
export const MARK_CAP = 200;

export type RenderMark = 'taigu:first-render' | 'taigu:settled';

type Timeline = Pick<Performance, 'mark' | 'clearMarks' | 'getEntriesByName'>;

export function markRender(name: RenderMark, timeline: Timeline = performance): void {
  if (timeline.getEntriesByName(name, 'mark').length >= MARK_CAP) timeline.clearMarks(name);
  timeline.mark(name);
}
