import { readCanvasTokens, type CanvasTokens } from '../canvas/theme-tokens';
import type { ExportBackground } from './export-options';

export interface ExportColours {
  tokens: CanvasTokens;
  /** undefined: transparent. */
  background?: string;
  ink: string;
  muted: string;
}

/**
 * The palette of an export, whatever theme the app shows: white and transparent use the light tokens, dark the
 * dark ones (read from an element marked with data-theme-tokens, see tokens.css). Label halos take the
 * background colour so labels sit cleanly on white.
 */
export function exportColours(background: ExportBackground): ExportColours {
  const probe = document.createElement('div');
  probe.dataset.themeTokens = background === 'dark' ? 'dark' : 'light';
  probe.hidden = true;
  document.body.appendChild(probe);
  try {
    const tokens = readCanvasTokens(probe);
    const muted = getComputedStyle(probe).getPropertyValue('--text-muted').trim() || '#625d52';
    if (background === 'white') {
      const white = '#ffffff';
      return { tokens: { ...tokens, bg: white, halo: white }, background: white, ink: tokens.label, muted };
    }
    if (background === 'dark') return { tokens, background: tokens.bg, ink: tokens.label, muted };
    return { tokens, background: undefined, ink: tokens.label, muted };
  } finally {
    probe.remove();
  }
}
