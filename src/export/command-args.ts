/** Arguments of the export command, `npm run export` (run by scripts/export-poster.ts); pure, so every refusal is
 * tested without a browser. */

export const POSTER_USAGE = `usage: npm run export -- --out poster.png [options]
  --out FILE            where to write (.png, or .svg for vectors)
  --graph ID            graph id from graph-data/index.json (default: the index's default graph)
  --scope S             view | visible | all | branch (default: all)
  --layout L            radial | tree | network (default: radial); hierarchical posters: radial or tree
  --expand E            all, or node ids separated by commas, opened in that order
  --focus ID            select this node (the branch exported by --scope branch)
  --width PX            picture width in px (default 4961, A3 landscape width at 300 dpi)
  --size S              screen1 | screen2 | 4k | a4 | a3 | a2 | a1 | a0 instead of
                        --width (a4 to a0: 300 dpi pages)
  --orientation O       portrait | landscape, for a4 to a0 (default: landscape)
  --lang L              zh | en (default: zh)
  --bg B                white | transparent | dark (default: white)
  --link-base URL       public address of the app; the footer prints URL + this view's query
                        (default: the address of the local server the command starts)
  --all-supports        draw every supports link strong, with its arrow (default: all quiet)
  --no-title --no-legend --no-footer`;

export interface PosterArgs {
  out: string;
  graph?: string;
  scope: 'view' | 'visible' | 'all' | 'branch';
  layout: 'radial' | 'tree' | 'network';
  expand: 'all' | string[];
  focus?: string;
  size: 'screen1' | 'screen2' | '4k' | 'a4' | 'a3' | 'a2' | 'a1' | 'a0' | 'custom';
  width: number;
  orientation: 'portrait' | 'landscape';
  lang: 'zh' | 'en';
  bg: 'white' | 'transparent' | 'dark';
  title: boolean;
  legend: boolean;
  footer: boolean;
  /** Every supports edge strong with its arrow (the view's "show all supports"). */
  allSupports: boolean;
  format: 'png' | 'svg';
  linkBase?: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_WIDTH = 100_000;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw new Error(`${name} must be one of ${allowed.join(', ')} (got ${value ?? 'nothing'})`);
  return value as T;
}

export function parsePosterArgs(argv: readonly string[]): PosterArgs {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-title' || a === '--no-legend' || a === '--no-footer' || a === '--all-supports')
      switches.add(a);
    else if (a.startsWith('--') && a.length > 2) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${key} needs a value`);
      flags.set(key, value);
    } else throw new Error(`unexpected argument ${a}`);
  }
  const known = [
    'out',
    'graph',
    'scope',
    'layout',
    'expand',
    'focus',
    'width',
    'size',
    'orientation',
    'lang',
    'bg',
    'link-base',
  ];
  for (const k of flags.keys()) if (!known.includes(k)) throw new Error(`unknown option --${k}`);
  const out = flags.get('out');
  if (!out) throw new Error('--out is required');
  const format = /\.svg$/i.test(out) ? 'svg' : /\.png$/i.test(out) ? 'png' : undefined;
  if (!format) throw new Error('--out must end in .png or .svg');
  const graph = flags.get('graph');
  if (graph !== undefined && !ID.test(graph)) throw new Error(`--graph: not a graph id: ${graph}`);
  const expandText = flags.get('expand');
  const expand =
    expandText === undefined
      ? []
      : expandText === 'all'
        ? ('all' as const)
        : expandText.split(',').map((s) => s.trim());
  if (Array.isArray(expand))
    for (const id of expand) if (!ID.test(id)) throw new Error(`--expand: not a node id: ${id}`);
  const focus = flags.get('focus');
  if (focus !== undefined && !ID.test(focus)) throw new Error(`--focus: not a node id: ${focus}`);
  const scope = oneOf('--scope', flags.get('scope') ?? 'all', ['view', 'visible', 'all', 'branch'] as const);
  if (scope === 'branch' && !focus) throw new Error('--scope branch needs --focus <id>');
  if (flags.has('size') && flags.has('width')) throw new Error('give --size or --width, not both');
  const size = flags.has('size')
    ? oneOf('--size', flags.get('size'), ['screen1', 'screen2', '4k', 'a4', 'a3', 'a2', 'a1', 'a0'] as const)
    : 'custom';
  const widthText = flags.get('width') ?? '4961';
  const width = Number(widthText);
  if (!/^\d+$/.test(widthText) || width < 1 || width > MAX_WIDTH)
    throw new Error(`--width must be a whole number of px from 1 to ${MAX_WIDTH} (got ${widthText})`);
  return {
    out,
    graph,
    scope,
    layout: oneOf('--layout', flags.get('layout') ?? 'radial', ['radial', 'tree', 'network'] as const),
    expand,
    focus,
    size,
    width,
    orientation: oneOf('--orientation', flags.get('orientation') ?? 'landscape', [
      'portrait',
      'landscape',
    ] as const),
    lang: oneOf('--lang', flags.get('lang') ?? 'zh', ['zh', 'en'] as const),
    bg: oneOf('--bg', flags.get('bg') ?? 'white', ['white', 'transparent', 'dark'] as const),
    title: !switches.has('--no-title'),
    legend: !switches.has('--no-legend'),
    footer: !switches.has('--no-footer'),
    allSupports: switches.has('--all-supports'),
    format,
    linkBase: linkBase(flags.get('link-base')),
  };
}

function linkBase(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(value))
    throw new Error(`--link-base must be an http(s) address (got ${value})`);
  return value;
}

/** The app address that opens this view (the link grammar of src/url/url-state.ts). */
export function posterQuery(a: PosterArgs): string {
  const parts: string[] = [];
  if (a.graph) parts.push(`g=${a.graph}`);
  if (a.focus) parts.push(`s=${a.focus}`);
  if (a.lang === 'en') parts.push('lang=en');
  if (a.allSupports) parts.push('sup=all');
  const ops = a.expand === 'all' ? ['*'] : a.expand;
  if (ops.length) parts.push(`x=${ops.join('.')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
