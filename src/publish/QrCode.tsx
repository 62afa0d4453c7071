import { useMemo } from 'react';
import { create } from 'qrcode';

/** Quiet zone around the code, in modules (the standard asks for four). */
const QUIET = 4;

/** One SVG path for all dark modules, a rectangle per horizontal run: no HTML string, nothing inline-styled. */
export function qrPath(text: string): { size: number; d: string } {
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const dark = qr.modules.data;
  let d = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!dark[y * n + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && dark[y * n + x]) x++;
      d += `M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: n + 2 * QUIET, d };
}

/** A QR code drawn in the page as SVG, black on white in every theme (scanners want contrast, not style). */
export default function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
