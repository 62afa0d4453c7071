import { saveFile as saveBlob } from '../panels/save-file';
import { liveView } from '../canvas/offscreen/live-view';
import { useApp } from '../store/app-store';
import { DEFAULT_EXPORT, ExportError, type ExportOptions } from './export-options';
import {
  checkExport,
  checkSize,
  planExport,
  renderExport,
  type ExportFile,
  type ExportReport,
} from './run-export';
import { prepareExport, type ExportSnapshot, type Prepared } from './prepare-export';

/** What the app shows now, for an export (read once; the export never watches the store). */
export function snapshotOfApp(link?: string): ExportSnapshot {
  const s = useApp.getState();
  if (!s.model) throw new ExportError('empty', 'no graph');
  return {
    model: s.model,
    ops: s.ops,
    hiddenKinds: s.hiddenKinds,
    hiddenRelations: s.hiddenRelations,
    lang: s.lang,
    selected: s.selected,
    layout: s.layout,
    paragraphs: s.paragraphs,
    allSupports: s.allSupports,
    // Exports are drawn at the screen's sizes (with their own label boost), whatever the canvas uses.
    startPositions: s.startPositions?.screen,
    link: link ?? window.location.href,
    view: liveView(),
  };
}

/** Offers the file as a download, as the browser's own "save" would. */
export const saveFile = (file: ExportFile): void => saveBlob(file.blob, file.name);

export interface PlanReport {
  width: number;
  height: number;
  dpi?: number;
  ok: boolean;
  suggestedWidth?: number;
}

/** Options of the hook: the dialog's, plus the link printed in the footer (the poster command's --link). */
export type HookOptions = Partial<ExportOptions> & { link?: string };

/** The options filled in: the defaults, with the view's own layout. */
function withDefaults(partial: HookOptions): ExportOptions & { link?: string } {
  return { ...DEFAULT_EXPORT, layout: useApp.getState().layout, ...partial };
}

async function withPrepared<T>(
  partial: HookOptions,
  run: (p: Prepared, options: ExportOptions) => Promise<T> | T,
): Promise<T> {
  const options = withDefaults(partial);
  const p = await prepareExport(snapshotOfApp(options.link), options.scope, options);
  try {
    return await run(p, options);
  } finally {
    p.graph.destroy();
  }
}

/** The size an export would have and whether this browser can draw it (the poster command asks first). */
export function planFor(partial: HookOptions): Promise<PlanReport> {
  return withPrepared(partial, (p, options) => {
    const frame = planExport(p, options);
    const check = options.format === 'svg' ? ({ ok: true } as const) : checkSize(p, options, frame);
    return {
      width: frame.width,
      height: frame.height,
      dpi: frame.dpi,
      ok: check.ok,
      suggestedWidth: check.ok ? undefined : check.suggestedWidth,
    };
  });
}

/** Renders an export without saving it (benchmarks): its size in px and bytes. */
export function renderOnly(
  partial: Partial<ExportOptions>,
): Promise<{ width: number; height: number; bytes: number }> {
  return withPrepared(partial, async (p, options) => {
    const file = await renderExport(p, options);
    return { width: file.width, height: file.height, bytes: file.blob.size };
  });
}

/** Renders and downloads an export of what the app shows now. */
export function exportAndSave(partial: HookOptions): Promise<Omit<ExportFile, 'blob'>> {
  return withPrepared(partial, async (p, options) => {
    const file = await renderExport(p, options);
    saveFile(file);
    return { name: file.name, width: file.width, height: file.height };
  });
}

/** What an export would draw, checked (every node, the smallest label, overlaps) without drawing it. */
export function checkFor(partial: HookOptions): Promise<ExportReport> {
  return withPrepared(partial, (p, options) => checkExport(p, options));
}
