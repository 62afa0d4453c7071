// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphIndex } from '../src/domain/schema';
import { readTourFiles } from '../src/domain/validate-tour';
import { useApp } from '../src/store/app-store';
import { initialView } from '../src/view/view-state';
import { initialTourState } from '../src/store/tour-slice';
import { presentOf, withPresent } from '../src/link-format/url-present';
import { decodeView, encodeView } from '../src/link-format/url-state';
import { useUrlSync } from '../src/url/use-url-sync';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const { tours } = readTourFiles(
  ['overview', 'goal-rural-revitalization'].map((id) => ({
    file: `${id}.json`,
    fileId: id,
    text: readFileSync(`graph-data/taigu-2021/tours/${id}.json`, 'utf8'),
  })),
  model,
);
const index: GraphIndex = {
  default: 'taigu-2021',
  graphs: [{ id: 'taigu-2021', title: { zh: '太谷', en: 'Taigu' }, path: 'taigu-2021/graph.json' }],
};

describe('presentation links (pure)', () => {
  it('read the tour and the step (counted from 1 in the link, from 0 in the store)', () => {
    expect(presentOf('?present=overview&step=3')).toEqual({ id: 'overview', step: 2 });
    expect(presentOf('?lang=en&present=overview')).toEqual({ id: 'overview', step: 0 });
    expect(presentOf('?present=overview&step=abc')).toEqual({ id: 'overview', step: 0 });
    expect(presentOf('?present=overview&step=0')).toEqual({ id: 'overview', step: 0 });
    expect(presentOf('?s=goal-a')).toBeUndefined();
    expect(presentOf('?present=<script>')).toEqual({ bad: true, value: '<script>' });
  });

  it('replace the log and the selection in a view link, keeping language and theme', () => {
    const view = {
      ...initialView(),
      lang: 'en' as const,
      theme: 'dark' as const,
      selected: 'goal-quality-life',
    };
    const query = encodeView(view, 'taigu-2021', 'taigu-2021', model);
    const play = { id: 'overview', step: 4 };
    expect(withPresent(query, play)).toBe('?lang=en&theme=dark&present=overview&step=5');
    expect(withPresent('', play)).toBe('?present=overview&step=5');
    expect(withPresent(query, null)).toBe(query);
  });

  it('round-trip: the link of any step reads back as that step, and the view part still decodes', () => {
    for (let step = 0; step < 7; step++) {
      const link = withPresent('?g=example-qinghe-2030&lang=en', { id: 'overview', step });
      expect(presentOf(link)).toEqual({ id: 'overview', step });
      const decoded = decodeView(link);
      expect(decoded.graphId).toBe('example-qinghe-2030');
      expect(decoded.view).toEqual({ lang: 'en' });
      expect(decoded.notices).toEqual([]);
    }
  });
});

function Sync() {
  useUrlSync();
  return null;
}
const store = () => useApp.getState();
const settle = () =>
  act(async () => {
    await Promise.resolve();
  });
const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('the address bar while presenting', () => {
  beforeEach(() => {
    useApp.setState({
      ...initialView(),
      ...initialTourState(),
      tours,
      model,
      status: 'ready',
      graphId: 'taigu-2021',
      index,
    });
    useApp.setState({ linkNotices: [] });
  });
  afterEach(() => cleanup());

  it('?present=<id>&step=<n> opens the tour at that step', async () => {
    window.history.replaceState(null, '', '/?present=goal-rural-revitalization&step=2&lang=en');
    render(<Sync />);
    await settle();
    expect(store().tour).toEqual({ id: 'goal-rural-revitalization', step: 1, auto: false, loop: false });
    expect(store().selected).toBe('target-four-bests');
    expect(store().lang).toBe('en');
  });

  it('follows the steps, and gives way to the view link when the tour stops', async () => {
    window.history.replaceState(null, '', '/?present=overview');
    render(<Sync />);
    await settle();
    const length = window.history.length;
    act(() => store().tourNext());
    await settle();
    expect(window.location.search).toBe('?present=overview&step=2');
    act(() => store().tourNext());
    await settle();
    expect(param('step')).toBe('3');
    expect(window.history.length).toBe(length); // steps replace the entry
    act(() => store().stopTour());
    await settle();
    expect(param('present')).toBeNull();
    expect(param('s')).toBe('strategy-12345');
    expect(param('x')).toContain('r:strategy-party-leadership');
  });

  it('an unknown tour leaves the view alone and says so quietly', async () => {
    window.history.replaceState(null, '', '/?present=no-such-tour&step=2');
    render(<Sync />);
    await settle();
    expect(store().tour).toBeNull();
    expect(useApp.getState().linkNotices).toEqual([
      { kind: 'bad-value', param: 'present', count: 1, values: ['no-such-tour'] },
    ]);
    expect(param('present')).toBeNull();
  });
});
