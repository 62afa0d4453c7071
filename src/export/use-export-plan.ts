import { useEffect, useMemo, useRef, useState } from 'react';
import { translator } from '../i18n/translate';
import { exportErrorText, type ExportOptions } from './export-options';
import { checkSize, planExport, renderPreview, type SizeCheck } from './run-export';
import { exportLayout, prepareExport, type ExportSnapshot, type Prepared } from './prepare-export';
import type { Frame } from './sizing';

export type PlanState =
  | { status: 'preparing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; prepared: Prepared; frame: Frame; check: SizeCheck; preview?: string };

const PREVIEW_SIDE = 480;

type Made = { key: string; prepared?: Prepared; error?: string };

/**
 * Prepares the chosen scope offscreen (again only when scope, layout or background change), frames it for the chosen
 * size, checks that the browser can draw it, and renders a small preview of exactly that framing.
 */
export function useExportPlan(snapshot: ExportSnapshot, options: ExportOptions): PlanState {
  const key = `${options.scope}|${exportLayout(snapshot, options.scope, options.layout)}|${options.background}`;
  const [made, setMade] = useState<Made | undefined>();
  const [preview, setPreview] = useState<{ options: ExportOptions; url: string } | undefined>();
  const urls = useRef<string[]>([]);

  useEffect(() => {
    let alive = true;
    let kept: Prepared | undefined;
    prepareExport(snapshot, options.scope, options).then(
      (prepared) => {
        kept = prepared;
        if (alive) setMade({ key, prepared });
        else prepared.graph.destroy();
      },
      (e: unknown) => alive && setMade({ key, error: exportErrorText(e, translator(snapshot.lang)) }),
    );
    return () => {
      alive = false;
      kept?.graph.destroy();
    };
    // Only scope, layout and background change what is drawn offscreen; the rest is framing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, key]);

  const current = made?.key === key ? made : undefined;
  const planned = useMemo(() => {
    if (!current?.prepared) return undefined;
    try {
      const frame = planExport(current.prepared, options);
      const check: SizeCheck =
        options.format === 'svg' ? { ok: true } : checkSize(current.prepared, options, frame);
      return { prepared: current.prepared, frame, check };
    } catch (e) {
      return { error: exportErrorText(e, translator(snapshot.lang)) };
    }
  }, [current, options, snapshot.lang]);

  useEffect(() => {
    if (!planned || 'error' in planned) return;
    let alive = true;
    const timer = setTimeout(() => {
      renderPreview(planned.prepared, planned.frame, PREVIEW_SIDE).then(
        (blob) => {
          if (!alive) return;
          const url = URL.createObjectURL(blob);
          urls.current.push(url);
          setPreview({ options, url });
        },
        () => undefined,
      );
    }, 120);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [planned, options]);

  useEffect(() => {
    const list = urls.current;
    return () => list.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  if (current?.error) return { status: 'error', message: current.error };
  if (!planned) return { status: 'preparing' };
  if ('error' in planned) return { status: 'error', message: planned.error! };
  return { status: 'ready', ...planned, preview: preview?.url };
}
