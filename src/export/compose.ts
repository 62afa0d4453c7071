import { kindPath } from './shape-paths';
import { fitText, TYPE, type BandContent, type LegendEntry } from './bands';
import { BANDS, legendRows, type Frame } from './sizing';

export interface BadgeSpot {
  x: number;
  y: number;
  size: number;
  hidden: number;
}

const badgeText = (n: number) => (n > 99 ? '99+' : `+${n}`);

/**
 * Draws the export: background, title, the graph picture, "+N" badges, legend and footer, onto a 2D canvas of
 * the frame's size times `p` (p < 1 for the dialog's preview, 1 for the file).
 */
export function compose(
  frame: Frame,
  graph: CanvasImageSource,
  badges: readonly BadgeSpot[],
  bands: BandContent,
  legendWidths: readonly number[],
  p = 1,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(frame.width * p));
  canvas.height = Math.max(1, Math.round(frame.height * p));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  ctx.scale(p, p);
  const u = frame.unit;
  const font = (size: number, weight = 400) => `${weight} ${size * u}px ${bands.font}`;
  if (bands.background) {
    ctx.fillStyle = bands.background;
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  ctx.imageSmoothingQuality = 'high';
  const g = frame.graph;
  ctx.drawImage(graph, Math.round(g.x), Math.round(g.y), g.width, g.height);

  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = bands.badgeInk;
  for (const b of badges) {
    const size = b.size * frame.scale;
    ctx.font = `700 ${size * 0.34}px ${bands.font}`;
    ctx.fillText(badgeText(b.hidden), g.x + b.x * frame.scale, g.y + b.y * frame.scale);
  }

  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  if (frame.title) {
    const t = frame.title;
    ctx.fillStyle = bands.ink;
    ctx.font = font(TYPE.title, 700);
    ctx.fillText(
      fitText(bands.title, t.width, (s) => ctx.measureText(s).width),
      t.x,
      t.y + 24 * u,
    );
    ctx.fillStyle = bands.muted;
    ctx.font = font(TYPE.subtitle);
    ctx.fillText(
      fitText(bands.subtitle, t.width, (s) => ctx.measureText(s).width),
      t.x,
      t.y + 46 * u,
    );
  }
  if (frame.legend) drawLegend(ctx, frame, bands, legendWidths);
  if (frame.footer) {
    const f = frame.footer;
    ctx.fillStyle = bands.muted;
    ctx.font = font(TYPE.footer);
    bands.footer.forEach((line, i) =>
      ctx.fillText(
        fitText(line, f.width, (s) => ctx.measureText(s).width),
        f.x,
        f.y + (20 + i * 18) * u,
      ),
    );
  }
  return canvas;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  bands: BandContent,
  widths: readonly number[],
): void {
  const l = frame.legend!;
  const u = frame.unit;
  const rows = legendRows(widths, l.width / u);
  ctx.font = `400 ${TYPE.legend * u}px ${bands.font}`;
  ctx.textBaseline = 'middle';
  rows.forEach((row, r) => {
    let x = l.x;
    const y = l.y + (BANDS.legendGap + 13 + r * 26) * u;
    for (const i of row) {
      const entry = bands.legend[i]!;
      const sw = drawSwatch(ctx, entry, x, y, u);
      ctx.fillStyle = bands.ink;
      ctx.fillText(entry.label, x + sw + TYPE.swatchGap * u, y);
      x += (widths[i]! + 18) * u;
    }
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, u: number): number {
  if (e.type === 'kind') {
    const s = TYPE.swatch * u;
    ctx.fillStyle = e.color;
    ctx.fill(new Path2D(kindPath(e.kind, x + s / 2, y, s)));
    return s;
  }
  const w = TYPE.relationSwatch * u;
  ctx.strokeStyle = e.color;
  ctx.fillStyle = e.color;
  ctx.lineWidth = 1.8 * u;
  ctx.setLineDash(e.relation === 'supports' ? [5 * u, 3 * u] : []);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + w - (e.relation === 'supports' ? 7 * u : 0), y);
  ctx.stroke();
  ctx.setLineDash([]);
  if (e.relation === 'supports') {
    ctx.beginPath();
    ctx.moveTo(x + w - 8 * u, y - 5 * u);
    ctx.lineTo(x + w, y);
    ctx.lineTo(x + w - 8 * u, y + 5 * u);
    ctx.closePath();
    ctx.fill();
  }
  return w;
}

/** True when a canvas has something besides its background (a cheap 64 × 64 look, never the full size). */
export function hasContent(canvas: HTMLCanvasElement, background?: string): boolean {
  const probe = document.createElement('canvas');
  probe.width = 64;
  probe.height = 64;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.drawImage(canvas, 0, 0, 64, 64);
  const data = ctx.getImageData(0, 0, 64, 64).data;
  const [r0, g0, b0, a0] = [data[0], data[1], data[2], data[3]];
  let differing = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0 || data[i + 3] !== a0) differing++;
  return differing > (background ? 20 : 10);
}
