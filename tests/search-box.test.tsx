// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../scripts/lib/search-index';
import { buildModel, pathToRoot } from '../src/domain/graph-model';
import { readGraphText } from '../src/domain/read-graph';
import { SearchBox } from '../src/search/SearchBox';
import { useApp } from '../src/store/app-store';
import { initialView } from '../src/view/view-state';
import { expandedAfter } from '../src/view/view-ops';

const file = 'graph-data/taigu-2021/graph.json';
const result = readGraphText(readFileSync(file, 'utf8'), file);
if (!result.ok) throw new Error(`${file} is invalid`);
const model = buildModel(result.graph);
const index = buildSearchIndex(result.graph);
const GUCHENGYUAN = 'concept-gucheng-yuan';

beforeEach(() => {
  useApp.setState({ ...initialView(), model, graphId: 'taigu-2021', status: 'ready' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const setup = () => {
  const user = userEvent.setup();
  render(<SearchBox index={index} />);
  const box = screen.getByRole('combobox', { name: '搜索' });
  return { user, box };
};
const expanded = () => expandedAfter(model, useApp.getState().ops);

describe('SearchBox', () => {
  it('is a labelled search combobox with a Chinese placeholder', () => {
    const { box } = setup();
    expect(box).toHaveProperty('type', 'search');
    expect(box.getAttribute('placeholder')).toBe('搜索：中文、拼音或英文');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('shows 谷城院 among the options when gcy is typed', async () => {
    const { user, box } = setup();
    await user.type(box, 'gcy');
    const list = screen.getByRole('listbox', { name: '搜索结果' });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const options = within(list).getAllByRole('option');
    expect(options[0]!.textContent).toContain('“谷城院”一体化');
    // The other language, smaller, and the kind.
    expect(options[0]!.textContent).toContain('Valley–city–academy integration');
    expect(options[0]!.textContent).toContain('概念');
  });

  it('ArrowDown then Enter opens the result: the path to it is expanded and it is selected', async () => {
    const { user, box } = setup();
    expect(expanded().has(model.parent.get(GUCHENGYUAN)!)).toBe(false);
    await user.type(box, 'gcy');
    await user.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0]!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    await user.keyboard('{Enter}');
    expect(useApp.getState().selected).toBe(GUCHENGYUAN);
    const open = expanded();
    for (const ancestor of pathToRoot(model, GUCHENGYUAN)) expect(open.has(ancestor)).toBe(true);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(box);
  });

  it('Enter with no active option opens the first result', async () => {
    const { user, box } = setup();
    await user.type(box, 'lhc{Enter}');
    expect(useApp.getState().selected).toBe('project-lehua-city');
  });

  it('leaves Enter and the arrows to a Chinese input method while it composes', async () => {
    const { user, box } = setup();
    await user.type(box, 'lhc');
    fireEvent.keyDown(box, { key: 'ArrowDown', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    expect(useApp.getState().selected).toBeNull();
    expect(screen.getAllByRole('option').some((o) => o.getAttribute('aria-selected') === 'true')).toBe(false);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useApp.getState().selected).toBe('project-lehua-city');
  });

  it('↑ and ↓ move through the options and wrap around', async () => {
    const { user, box } = setup();
    await user.type(box, '农高区');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    const activeIndex = () => options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeIndex()).toBe(1);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeIndex()).toBe(options.length - 1);
    await user.keyboard('{ArrowDown}');
    expect(activeIndex()).toBe(0);
    expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
  });

  it('a click on an option opens it', async () => {
    const { user, box } = setup();
    await user.type(box, 'cattle');
    await user.click(screen.getByRole('option', { name: /10万吨肉牛全产业链/ }));
    expect(useApp.getState().selected).toBe('project-beef-cattle-chain');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Esc closes the list, then clears the query', async () => {
    const { user, box } = setup();
    await user.type(box, 'gcy');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box).toHaveProperty('value', 'gcy');
    expect(useApp.getState().selected).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.keyboard('{Escape}{Escape}');
    expect(box).toHaveProperty('value', '');
  });

  it('says so when nothing matches', async () => {
    const { user, box } = setup();
    await user.type(box, 'qqqzzz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('没有找到“qqqzzz”');
  });

  it('shows an alias that matched when the label does not contain it', async () => {
    const { user, box } = setup();
    await user.type(box, '山西晋中国家农业高新技术产业示范区');
    expect(screen.getAllByRole('option')[0]!.textContent).toContain(
      '别名：山西晋中国家农业高新技术产业示范区',
    );
  });

  it('speaks English when the language is English', async () => {
    const { user, box } = setup();
    await user.type(box, 'lhc');
    act(() => useApp.getState().setLang('en'));
    const search = screen.getByRole('combobox', { name: 'Search' });
    expect(search).toBe(box);
    expect(box.getAttribute('placeholder')).toBe('Search: Chinese, pinyin or English');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    const option = within(list).getAllByRole('option')[0]!;
    expect(option.querySelector('[lang="en"]')!.textContent).toBe('Lehua City');
    expect(option.querySelector('[lang="zh-CN"]')!.textContent).toBe('乐华城');
    expect(option.textContent).toContain('Project');
    await user.clear(box);
    await user.type(box, 'qqqzzz');
    expect(screen.getByRole('status').textContent).toBe('Nothing matches “qqqzzz”');
  });

  it('without an index prop, loads the graph’s built index (pinyin works)', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(index))));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: '搜索' });
    // Chinese works at once with the basic index …
    await user.type(box, '乐华城');
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('乐华城');
    // … and pinyin once the built index has arrived.
    await user.clear(box);
    await user.type(box, 'yhc');
    expect((await screen.findAllByRole('option'))[0]!.textContent).toContain('乐华城');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
