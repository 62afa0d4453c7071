// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../src/i18n/translate';
import { CopyField } from '../src/publish/CopyField';
import { qrPath } from '../src/publish/QrCode';
import { describeView } from '../src/publish/summary';
import { useApp } from '../src/store/app-store';
import { expandedAfter, shownNodes, startExpanded } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useApp.setState({ lang: 'zh' });
});

describe("the canvas's text summary", () => {
  it('counts what is shown, by kind, names the top and the selection, in both languages', () => {
    const open = startExpanded(model);
    const shown = shownNodes(model, open);
    const zh = describeView(
      model,
      open,
      { hiddenKinds: [], hiddenRelations: [] },
      null,
      'zh',
      translator('zh'),
    );
    expect(zh).toContain(`图中显示 ${shown.length} 个节点（共 ${model.nodes.size} 个）。`);
    const goals = shown.filter((id) => model.nodes.get(id)!.kind === 'goal').length;
    expect(zh).toContain(`目标 ${goals} 个`);
    expect(zh).toContain(`最上层：${model.nodes.get(model.roots[0]!)!.label.zh}`);
    expect(zh).not.toContain('已选中');

    const sel = shown[3]!;
    const en = describeView(
      model,
      open,
      { hiddenKinds: ['goal'], hiddenRelations: [] },
      sel,
      'en',
      translator('en'),
    );
    expect(en).toContain(`The graph shows ${shown.length - goals} of ${model.nodes.size} nodes.`);
    expect(en).not.toContain('Goal:');
    expect(en).toContain(`Selected: ${model.nodes.get(sel)!.label.en}.`);
  });

  it('follows the view: opening everything shows every node', () => {
    const all = expandedAfter(model, [{ op: 'all' }]);
    const text = describeView(
      model,
      all,
      { hiddenKinds: [], hiddenRelations: [] },
      null,
      'zh',
      translator('zh'),
    );
    expect(text).toContain(`图中显示 ${model.nodes.size} 个节点（共 ${model.nodes.size} 个）`);
  });
});

describe('QR code drawing', () => {
  it('draws the modules of a version that fits the text, with a quiet zone, as one path', () => {
    const short = qrPath('https://example.org/taigu/');
    const long = qrPath(`https://example.org/taigu/?x=${'goal-agri-hi-tech-zone.'.repeat(12)}`);
    expect(short.size).toBe(25 + 8); // version 2 at level M, plus 4 modules of quiet zone each side
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.d).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern starts inside the quiet zone
  });
});

describe('copying a link or embed code', () => {
  const mockClipboard = (writeText: (text: string) => Promise<void> | undefined) => {
    const spy = vi.fn(writeText);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
    return spy;
  };

  it('copies the text and says so, then clears the status', async () => {
    vi.useFakeTimers();
    const writeText = mockClipboard(() => Promise.resolve());
    render(<CopyField label="此视图的链接" value="https://example.org/?s=a" button="复制链接" testId="f" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith('https://example.org/?s=a');
    expect(screen.getByRole('status').textContent).toBe('已复制。');
    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('where the clipboard refuses or is missing, selects the text and says to copy by hand (English)', async () => {
    useApp.setState({ lang: 'en' });
    const user = userEvent.setup();
    mockClipboard(() => Promise.reject(new Error('denied')));
    render(
      <CopyField label="Embed code" value="<iframe></iframe>" button="Copy code" multiline testId="f" />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(screen.getByRole('status').textContent).toContain('press Ctrl+C');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(field.readOnly).toBe(true);

    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    cleanup();
    render(<CopyField label="Link" value="https://x/" button="Copy link" testId="g" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status').textContent).toContain('press Ctrl+C');
  });
});
