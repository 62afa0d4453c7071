// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphIndex } from '../src/domain/schema';
import { useApp } from '../src/store/app-store';
import { initialView } from '../src/view/view-state';
import { LinkNotice, NOTICE_MS } from '../src/url/LinkNotice';
import { useUrlSync } from '../src/url/use-url-sync';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const index: GraphIndex = {
  default: 'taigu-2021',
  graphs: [
    { id: 'taigu-2021', title: { zh: '太谷', en: 'Taigu' }, path: 'taigu-2021/graph.json' },
    { id: 'other-graph', title: { zh: '另一个', en: 'Other' }, path: 'other-graph/graph.json' },
  ],
};
/** The data layer's loader, watched: the link sync asks it for the graph a link names. */
const loader = vi.hoisted(() => ({
  loadGraph: vi.fn((_id?: string) => Promise.resolve()),
  openGraphPath: vi.fn((_path: string) => Promise.resolve(true)),
}));
vi.mock('../src/data/graph-loader', () => loader);

function Sync() {
  useUrlSync();
  return null;
}

/** Opens the app at `url` with the graph ready, as a reader following a link would. */
function open(url: string) {
  window.history.replaceState(null, '', url);
  return render(<Sync />);
}
/** Lets the sync's coalescing microtask run. */
const settle = () =>
  act(async () => {
    await Promise.resolve();
  });
async function act$(fn: () => void) {
  act(fn);
  await settle();
}
/** history.back()/forward() fire popstate asynchronously in jsdom. */
async function go(step: () => void) {
  const fired = new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
  step();
  await act(() => fired);
  await settle();
}
const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const store = () => useApp.getState();

beforeEach(() => {
  useApp.setState({
    ...initialView(),
    model,
    status: 'ready',
    graphId: 'taigu-2021',
    index,
  });
  useApp.setState({ linkNotices: [] });
  loader.loadGraph.mockReset().mockImplementation(() => Promise.resolve());
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useUrlSync', () => {
  it('restores ops, selection and language from the link, keeping path and hash', async () => {
    open('/taigu/?s=goal-quality-life&lang=en&x=goal-quality-life.r:industry-tourism-farm-study#about');
    await settle();
    expect(store().selected).toBe('goal-quality-life');
    expect(store().lang).toBe('en');
    expect(store().ops).toEqual([
      { op: 'expand', id: 'goal-quality-life' },
      { op: 'reveal', id: 'industry-tourism-farm-study' },
    ]);
    expect(window.location.pathname).toBe('/taigu/');
    expect(window.location.hash).toBe('#about');
    expect(window.location.search).toBe(
      '?s=goal-quality-life&lang=en&x=goal-quality-life.r:industry-tourism-farm-study',
    );
    expect(store().linkNotices).toEqual([]);
  });

  it('pushes an entry per selection, replaces for expansions, and walks back and forward', async () => {
    open('/?s=goal-quality-life');
    await settle();
    const start = window.history.length;

    await act$(() => store().select('goal-agri-hi-tech-zone'));
    expect(window.history.length).toBe(start + 1);
    expect(param('s')).toBe('goal-agri-hi-tech-zone');

    await act$(() => store().expand('goal-metropolitan-area'));
    expect(window.history.length).toBe(start + 1);
    expect(param('x')).toBe('goal-metropolitan-area');

    await go(() => window.history.back());
    expect(store().selected).toBe('goal-quality-life');
    expect(store().ops).toEqual([]);
    expect(window.location.search).toBe('?s=goal-quality-life');
    expect(window.history.length).toBe(start + 1); // restoring did not add an entry

    await go(() => window.history.forward());
    expect(store().selected).toBe('goal-agri-hi-tech-zone');
    expect(store().ops).toEqual([{ op: 'expand', id: 'goal-metropolitan-area' }]);
    expect(window.history.length).toBe(start + 1);
  });

  it('makes one entry of a change that sets the log and the selection in two steps', async () => {
    open('/');
    await settle();
    const start = window.history.length;
    await act$(() => store().reveal('industry-tourism-farm-study')); // sets ops, then selected
    expect(window.history.length).toBe(start + 1);
    expect(param('s')).toBe('industry-tourism-farm-study');
    expect(param('x')).toBe('r:industry-tourism-farm-study');
    await go(() => window.history.back());
    expect(store().selected).toBeNull();
    expect(store().ops).toEqual([]); // the entry we came from was not rewritten with the reveal
    expect(window.location.search).toBe('');
  });

  it('replaces the entry for language, theme and filters', async () => {
    open('/');
    await settle();
    const start = window.history.length;
    await act$(() => {
      store().setLang('en');
      store().setTheme('dark');
      store().toggleKind('target');
      store().toggleRelation('supports');
    });
    expect(window.history.length).toBe(start);
    expect(window.location.search).toBe('?hk=target&hr=supports&lang=en&theme=dark');
  });

  it('skips unknown ids, keeps the rest, says so, and cleans the address', async () => {
    open('/?s=no-such-node&x=goal-quality-life.missing-node');
    await settle();
    expect(store().ops).toEqual([{ op: 'expand', id: 'goal-quality-life' }]);
    expect(store().selected).toBeNull();
    expect(store().linkNotices).toEqual([
      { kind: 'unknown-ids', count: 2, ids: ['no-such-node', 'missing-node'] },
    ]);
    expect(window.location.search).toBe('?x=goal-quality-life');
  });

  it('opens a garbage link on the default view with a notice instead of failing', async () => {
    store().setTheme('dark');
    open('/?lang=fr&theme=neon&x=%%%&s=<script>');
    await settle();
    expect(store().lang).toBe('zh');
    expect(store().theme).toBe('light'); // an explicit link wins, and this one asks for the defaults
    expect(store().ops).toEqual([]);
    expect(store().linkNotices.map((n) => n.kind)).toEqual([
      'bad-value',
      'bad-value',
      'bad-value',
      'bad-value',
    ]);
    expect(window.location.search).toBe('');
  });

  it('leaves the store alone when the address names no view, and writes what it shows', async () => {
    store().setTheme('dark');
    open('/?from=singlemessage');
    await settle();
    expect(store().theme).toBe('dark');
    expect(window.location.search).toBe('?theme=dark');
    expect(store().linkNotices).toEqual([]);
  });

  it('waits for the graph before applying the link', async () => {
    useApp.setState({ status: 'loading', model: undefined });
    open('/?s=goal-quality-life');
    await settle();
    expect(store().selected).toBeNull();
    expect(window.location.search).toBe('?s=goal-quality-life');
    await act$(() => useApp.setState({ status: 'ready', model }));
    expect(store().selected).toBe('goal-quality-life');
  });

  it('loads the graph the link names first, then applies the view', async () => {
    const loadGraph = loader.loadGraph.mockImplementation(() => {
      useApp.setState({ status: 'loading' });
      return Promise.resolve();
    });
    open('/?g=other-graph&s=goal-quality-life');
    await settle();
    expect(loadGraph).toHaveBeenCalledWith('other-graph');
    expect(store().selected).toBeNull();
    await act$(() => useApp.setState({ status: 'ready', graphId: 'other-graph' }));
    expect(store().selected).toBe('goal-quality-life');
    expect(window.location.search).toBe('?g=other-graph&s=goal-quality-life');
    expect(loadGraph).toHaveBeenCalledTimes(1);
  });

  it('does not try to load a graph the index does not list, and says so', async () => {
    const loadGraph = loader.loadGraph;
    open('/?g=nowhere&s=goal-quality-life');
    await settle();
    expect(loadGraph).not.toHaveBeenCalled();
    expect(store().selected).toBe('goal-quality-life');
    expect(store().linkNotices).toEqual([{ kind: 'graph-unavailable', id: 'nowhere' }]);
    expect(window.location.search).toBe('?s=goal-quality-life');
  });

  it('stops writing the address when unmounted', async () => {
    const view = open('/');
    await settle();
    view.unmount();
    await act$(() => store().select('goal-quality-life'));
    expect(window.location.search).toBe('');
  });
});

describe('LinkNotice', () => {
  it('shows the count of skipped ids in Chinese, and can be dismissed', async () => {
    render(<LinkNotice />);
    const user = userEvent.setup();
    open('/?s=no-such-node&x=missing-node');
    await settle();
    expect(screen.getByRole('status').textContent).toContain('链接中有 2 个节点在此图谱中不存在，已跳过。');
    await user.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button', { name: '关闭提示' })).toBeNull();
  });

  it('speaks English, one line per kind of problem', async () => {
    useApp.setState({ lang: 'en' });
    render(<LinkNotice />);
    act(() =>
      useApp.getState().showLinkNotices([
        { kind: 'unknown-ids', count: 1, ids: ['gone'] },
        { kind: 'bad-value', param: 'lang', count: 1, values: ['fr'] },
        { kind: 'clamped', param: 'x', count: 2 },
      ]),
    );
    const lines = screen.getByRole('status').querySelectorAll('p');
    expect([...lines].map((p) => p.textContent)).toEqual([
      '1 item in the link is not in this graph and was skipped.',
      'Some settings in the link were not valid and were ignored or adjusted.',
    ]);
    expect(screen.getByRole('button', { name: 'Dismiss notice' })).toBeTruthy();
  });

  it('hides itself after a while, but not while the reader points at it', () => {
    // fake timers and user-event's async wrapper do not mix; plain events are enough here
    vi.useFakeTimers();
    render(<LinkNotice />);
    act(() => useApp.getState().showLinkNotices([{ kind: 'too-long', what: 'link', limit: 1 }]));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('链接过长，只恢复了前面的部分。');
    fireEvent.pointerOver(status);
    act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
    expect(status.textContent).toContain('链接过长');
    fireEvent.pointerOut(status);
    act(() => vi.advanceTimersByTime(NOTICE_MS - 500));
    expect(status.textContent).toContain('链接过长');
    act(() => vi.advanceTimersByTime(1000));
    expect(status.textContent).toBe('');
  });
});
