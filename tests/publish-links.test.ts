import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATIO,
  embedCode,
  parseRatio,
  readEmbedParams,
  withEmbed,
  withoutEmbed,
} from '../src/link-format/embed-params';
import { publicAddressOf, readKioskParams } from '../src/link-format/kiosk-params';
import { minimalOps, qrLink, QR_MAX_CHARS } from '../src/link-format/short-view';
import { decodeView, encodeView } from '../src/link-format/url-state';
import { expandedAfter, type ViewOp } from '../src/view/view-ops';
import { initialView, type ViewState } from '../src/view/view-state';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const BASE = 'https://example.org/taigu/';
const encode = (v: ViewState) => encodeView(v, 'taigu-2021', 'taigu-2021', model);
const opened = (ops: readonly ViewOp[]) => [...expandedAfter(model, ops)].sort();
/** Nodes with parts below the start view's depth, in file order. */
const deep = model.order.filter(
  (id) => (model.children.get(id)?.length ?? 0) > 0 && model.level.get(id)! >= 3,
);

describe('embed parameters', () => {
  it('reads ?embed like ?kiosk, with the ratio of the frame', () => {
    expect(readEmbedParams('?embed')).toEqual({ on: true, ratio: DEFAULT_RATIO });
    expect(readEmbedParams('?s=a&embed=1&ratio=4:3')).toEqual({ on: true, ratio: { w: 4, h: 3 } });
    expect(readEmbedParams('?embed=0').on).toBe(false);
    expect(readEmbedParams('?x=a').on).toBe(false);
  });

  it('takes W:H, W/H or WxH within 1–100 and no flatter than 4:1; anything else gives the default', () => {
    expect(parseRatio('16/9')).toEqual({ w: 16, h: 9 });
    expect(parseRatio('1x1')).toEqual({ w: 1, h: 1 });
    for (const bad of ['0:1', '16:0', '5:1', '1:5', '101:100', '16:10:1', 'wide', '', '-4:3', '4.5:3'])
      expect(parseRatio(bad), bad).toBeUndefined();
    expect(readEmbedParams('?embed&ratio=9999:1').ratio).toEqual(DEFAULT_RATIO);
  });

  it('turns a view link into an embed link and back, the view untouched', () => {
    expect(withEmbed('?s=a&x=a.b')).toBe('?embed&s=a&x=a.b');
    expect(withEmbed('', { w: 4, h: 3 })).toBe('?embed&ratio=4:3');
    expect(withEmbed('?embed&ratio=1:1&s=a', DEFAULT_RATIO)).toBe('?embed&s=a');
    expect(withoutEmbed('?embed&ratio=4:3&s=a&x=a.b')).toBe('?s=a&x=a.b');
    expect(withoutEmbed('?embed')).toBe('');
    // `embedded` is not `embed`: only the parameter itself is taken out.
    expect(withoutEmbed('?embedded=1&s=a')).toBe('?embedded=1&s=a');
  });

  it('writes embed code sized by the ratio, with the address and title escaped for an attribute', () => {
    const code = embedCode('https://example.org/taigu/?embed&s=a', '太谷 "图谱" <1>', { w: 4, h: 3 });
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/taigu\/\?embed&amp;s=a" /);
    expect(code).toContain('title="太谷 &quot;图谱&quot; &lt;1&gt;"');
    expect(code).toContain('aspect-ratio:4/3');
    expect(code).toContain('width:100%');
    expect(code).toMatch(/<\/iframe>$/);
  });
});

describe("the kiosk's public address (share=)", () => {
  it('keeps an absolute http(s) address without its query, and nothing else', () => {
    expect(readKioskParams('?kiosk&share=https://example.org/taigu/').share).toBe(
      'https://example.org/taigu/',
    );
    expect(publicAddressOf('https://example.org/taigu/?kiosk#x')).toBe('https://example.org/taigu/');
    expect(publicAddressOf('http://10.0.0.5/graph')).toBe('http://10.0.0.5/graph');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/taigu/',
      'https://u:p@example.org/',
      '',
    ])
      expect(publicAddressOf(bad), bad).toBeUndefined();
    expect(publicAddressOf(`https://example.org/${'a'.repeat(300)}`)).toBeUndefined();
    expect(readKioskParams('?kiosk')).not.toHaveProperty('share');
  });
});

describe('the link a QR code carries', () => {
  it('is the view link itself while that is short enough', () => {
    const view = { ...initialView(), ops: [{ op: 'expand', id: deep[0]! }], selected: deep[0]! } as ViewState;
    const qr = qrLink(BASE, view, model, encode);
    expect(qr).toEqual({ url: BASE + encode(view), form: 'full' });
  });

  it('for a long log: the fewest steps that open the same nodes, with the selection, within the limit', () => {
    // Open sixteen branches one by one, fold ten of them again: a long log for a few open branches.
    const ops: ViewOp[] = [
      ...deep.slice(0, 16).map((id) => ({ op: 'expand' as const, id })),
      ...deep.slice(0, 10).map((id) => ({ op: 'collapse' as const, id })),
    ];
    const view: ViewState = { ...initialView(), ops, selected: deep[12]!, lang: 'en', layout: 'tree' };
    expect((BASE + encode(view)).length).toBeGreaterThan(QR_MAX_CHARS);
    const qr = qrLink(BASE, view, model, encode);
    expect(qr.form).toBe('open-and-selected');
    expect(qr.url.length).toBeLessThanOrEqual(QR_MAX_CHARS);
    const back = decodeView(new URL(qr.url).search, model);
    expect(back.notices).toEqual([]);
    expect(opened(back.view.ops!)).toEqual(opened(ops));
    expect(back.view).toMatchObject({ selected: deep[12], lang: 'en', layout: 'tree' });
  });

  it('when even that is too long: the selection and the path down to it, and says so', () => {
    const ops: ViewOp[] = deep.slice(0, 30).map((id) => ({ op: 'expand' as const, id }));
    const selected = deep[20]!;
    const view: ViewState = { ...initialView(), ops, selected, hiddenKinds: ['target'] };
    const qr = qrLink(BASE, view, model, encode);
    expect(qr.form).toBe('selected');
    expect(qr.url).toBe(`${BASE}?s=${selected}&x=r:${selected}`);
    const back = decodeView(new URL(qr.url).search, model);
    // The selected node is shown: every node on its path is open.
    const open = expandedAfter(model, back.view.ops!);
    for (let up = model.parent.get(selected); up !== undefined; up = model.parent.get(up))
      expect(open.has(up)).toBe(true);
  });

  it('the fewest steps always open exactly what the steps they replace open, and are never longer', () => {
    const ids = model.order.filter((id) => (model.children.get(id)?.length ?? 0) > 0);
    const op = fc.oneof(
      fc.constantFrom(...ids).map((id): ViewOp => ({ op: 'expand', id })),
      fc.constantFrom(...ids).map((id): ViewOp => ({ op: 'collapse', id })),
      fc.constantFrom(...ids).map((id): ViewOp => ({ op: 'branch', id })),
      fc.constantFrom(...ids).map((id): ViewOp => ({ op: 'reveal', id })),
      fc.constantFrom(...ids).map((id): ViewOp => ({ op: 'supporters', id })),
      fc.integer({ min: 1, max: model.maxLevel }).map((level): ViewOp => ({ op: 'depth', level })),
      fc.constant<ViewOp>({ op: 'all' }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const short = minimalOps(model, ops);
        expect(opened(short)).toEqual(opened(ops));
        const x = (o: ViewOp[]) => encode({ ...initialView(), ops: o }).length;
        expect(x(short)).toBeLessThanOrEqual(x(ops));
      }),
      { numRuns: 300 },
    );
  });
});
