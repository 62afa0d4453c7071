// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import EditorPanel from '../src/editor/EditorPanel';
import { applyEdit, emptyGraph } from '../src/domain/graph-edits';
import type { GraphNode } from '../src/domain/schema';
import { useApp } from '../src/store/app-store';
import { editorOff } from '../src/store/editor-slice';
import { initialView } from '../src/view/view-state';

vi.mock('../src/editor/draft-db', () => ({
  saveDraft: vi.fn(() => Promise.resolve()),
  loadDraft: vi.fn(() => Promise.resolve(undefined)),
  deleteDraft: vi.fn(() => Promise.resolve()),
  EDITING_KEY: 'taigu-editing',
}));

const SOURCE = '清河县发展纲要\n\n一、建设美丽清河。推进河道治理。';
const node = (id: string, quote: string): GraphNode => ({
  id,
  kind: 'measure',
  label: { zh: quote.slice(0, 4), en: id },
  summary: { zh: quote, en: id },
  evidence: { quote, paragraph: 2 },
});

beforeEach(() => {
  let graph = emptyGraph(SOURCE, 'qinghe.txt', 2030);
  graph = applyEdit(graph, { op: 'add-node', node: node('beautiful', '建设美丽清河') });
  graph = applyEdit(graph, { op: 'add-node', node: node('river', '推进河道治'), parent: 'beautiful' });
  useApp.setState({
    ...initialView(),
    editor: editorOff(),
    kiosk: { ...useApp.getState().kiosk, on: false },
  });
  useApp.getState().openEditor();
  useApp.getState().startDraft({ id: 'draft-test', graph, sourceText: SOURCE, fileName: 'qinghe.txt' });
});
afterEach(cleanup);

const present = () => useApp.getState().editor.history!.present;

describe('EditorPanel', () => {
  it('lists each problem of the live check as a link that selects its node', async () => {
    const user = userEvent.setup();
    render(<EditorPanel />);
    expect(screen.queryByTestId('problem-count')).toBeNull();
    useApp
      .getState()
      .edit({ op: 'update-node', id: 'river', patch: { evidence: { quote: '不在原文', paragraph: 2 } } });
    const count = await screen.findByTestId('problem-count');
    expect(count.textContent).toMatch(/\d+ 个问题/);
    await user.click(screen.getAllByRole('button', { name: '节点 river' })[0]!);
    expect(useApp.getState().selected).toBe('river');
    await user.click(screen.getByRole('button', { name: '撤销（Ctrl+Z）' }));
    expect(await screen.findByTestId('problems-none')).toBeTruthy();
  });

  it('edits a label when the field is left, one undo step, and Ctrl+Z takes it back', async () => {
    const user = userEvent.setup();
    useApp.getState().select('beautiful');
    render(<EditorPanel />);
    const field = screen.getByLabelText('名称（英文）');
    await user.clear(field);
    await user.type(field, 'Beautiful Qinghe');
    expect(present().nodes[0]!.label.en).toBe('beautiful');
    await user.tab();
    expect(present().nodes[0]!.label.en).toBe('Beautiful Qinghe');
    // Inside a field Ctrl+Z is the field's own; outside it, the graph's.
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(present().nodes[0]!.label.en).toBe('beautiful');
    expect((screen.getByLabelText('名称（英文）') as HTMLInputElement).value).toBe('beautiful');
  });

  it('deletes a relation only after a confirmation, and adds one from the searchable list', async () => {
    const user = userEvent.setup();
    useApp.getState().select('river');
    render(<EditorPanel />);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const remove = screen.getByRole('button', { name: /^删除关系：组成（属于） → 建设美丽/ });
    await user.click(remove);
    expect(present().edges).toHaveLength(1);
    await user.click(remove);
    expect(present().edges).toHaveLength(0);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(present().meta.roots).toEqual(['beautiful', 'river']);
    await user.type(screen.getByLabelText('目标节点（输入以查找）'), '建设');
    await user.click(screen.getByRole('button', { name: /^组成（属于） → 建设美丽/ }));
    expect(present().edges).toEqual([{ source: 'river', target: 'beautiful', relation: 'part-of' }]);
    expect(present().meta.roots).toEqual(['beautiful']);
  });
});
