import type { LayoutName } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { DEFAULT_LAYOUT } from '../view/view-state';

/** What part of the graph an export shows. */
export type ExportScope = 'view' | 'visible' | 'all' | 'branch';
export const EXPORT_SCOPES: readonly ExportScope[] = ['view', 'visible', 'all', 'branch'];

/** Screen sizes multiply the picture as drawn; 4K and custom set the width; A4 to A0 are 300 dpi pages. */
export type SizePreset = 'screen1' | 'screen2' | '4k' | PageName | 'custom';
export type PageName = 'a4' | 'a3' | 'a2' | 'a1' | 'a0';
export const PAGE_NAMES: readonly PageName[] = ['a4', 'a3', 'a2', 'a1', 'a0'];
export const SIZE_PRESETS: readonly SizePreset[] = ['screen1', 'screen2', '4k', ...PAGE_NAMES, 'custom'];
export const isPage = (size: SizePreset): size is PageName =>
  (PAGE_NAMES as readonly string[]).includes(size);

export type Orientation = 'portrait' | 'landscape';
export type ExportBackground = 'white' | 'transparent' | 'dark';
export const EXPORT_BACKGROUNDS: readonly ExportBackground[] = ['white', 'transparent', 'dark'];
export type ExportFormat = 'png' | 'svg';

export interface ExportOptions {
  scope: ExportScope;
  /** How the picture is laid out; scope 'view' always draws the view's own layout (what is on screen). */
  layout: LayoutName;
  size: SizePreset;
  orientation: Orientation;
  /** Used when size is 'custom'. */
  customWidth: number;
  background: ExportBackground;
  title: boolean;
  legend: boolean;
  footer: boolean;
  format: ExportFormat;
}

export const DEFAULT_EXPORT: ExportOptions = {
  scope: 'visible',
  layout: DEFAULT_LAYOUT,
  size: 'screen2',
  orientation: 'landscape',
  customWidth: 2400,
  background: 'white',
  title: true,
  legend: true,
  footer: true,
  format: 'png',
};

/** Everything an export needs besides the options: what the app shows now. */
export interface ExportRequest extends ExportOptions {
  lang: Lang;
  /** Node whose branch is exported (scope 'branch'). */
  branch?: string;
}

/** A failure the dialog and the poster command can explain. */
export class ExportError extends Error {
  constructor(
    readonly code: 'too-large' | 'no-branch' | 'unknown-node' | 'empty' | 'render-failed',
    message: string,
    /** For 'too-large': the largest width that works at this framing. */
    readonly suggestedWidth?: number,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** What the reader is told when an export fails: our own errors say what and why; anything else is a failure. */
export function exportErrorText(e: unknown, t: (key: 'export.error.failed') => string): string {
  return e instanceof ExportError ? e.message : t('export.error.failed');
}
