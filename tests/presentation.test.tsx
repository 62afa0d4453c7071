// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTourFiles } from '../src/domain/validate-tour';
import { useApp } from '../src/store/app-store';
import { initialView } from '../src/view/view-state';
import { kioskOff } from '../src/store/kiosk-slice';
import { initialTourState } from '../src/store/tour-slice';
import { PresentButton } from '../src/tour/PresentButton';
import Presentation from '../src/tour/Presentation';
import { useKeyboard } from '../src/app/use-keyboard';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const { tours } = readTourFiles(
  ['overview', 'goal-quality-life'].map((id) => ({
    file: `${id}.json`,
    fileId: id,
    text: readFileSync(`graph-data/taigu-2021/tours/${id}.json`, 'utf8'),
  })),
  model,
);
const overview = tours.find((t) => t.id === 'overview')!;
const store = () => useApp.getState();
const key = (k: string) => act(() => void fireEvent.keyDown(document.body, { key: k }));

/** The explorer's own keys are mounted too: the presenter's must win over them (Esc). */
function Screen() {
  useKeyboard();
  return <Presentation />;
}

beforeEach(() => {
  useApp.setState({
    ...initialView(),
    ...initialTourState(),
    kiosk: kioskOff(),
    model,
    tours,
    status: 'ready',
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the presentation overlay', () => {
  it('shows the caption, the focus, step n / N and labelled controls, in Chinese by default', () => {
    act(() => void store().startTour('overview', { step: 2 }));
    render(<Screen />);
    expect(screen.getByTestId('present-caption').textContent).toBe(overview.steps[2]!.caption.zh);
    expect(screen.getByText('“一二三四五”战略')).toBeTruthy();
    expect(screen.getByTestId('present-count').textContent).toBe(`第 3 / ${overview.steps.length} 步`);
    expect(screen.getByRole('progressbar', { name: '导览进度' }).getAttribute('value')).toBe('3');
    for (const name of ['上一步', '下一步', '自动播放', '退出演示'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('region', { name: '演示' })).toBeTruthy();
  });

  it('on a kiosk (the attract loop) shows the caption and the step, no key hints or presenter buttons', () => {
    act(() => {
      store().enterKiosk(60);
      store().startTour('overview', { step: 1, auto: true, loop: true });
    });
    render(<Screen />);
    expect(screen.getByTestId('present-caption').textContent).toBe(overview.steps[1]!.caption.zh);
    expect(screen.getByTestId('present-count').textContent).toBe(`第 2 / ${overview.steps.length} 步`);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByText(/Esc/)).toBeNull();
  });

  it('speaks English when the reader chose English', () => {
    act(() => {
      store().setLang('en');
      store().startTour('overview');
    });
    render(<Screen />);
    expect(screen.getByTestId('present-caption').textContent).toBe(overview.steps[0]!.caption.en);
    expect(screen.getByTestId('present-count').textContent).toBe(`Step 1 of ${overview.steps.length}`);
    expect(screen.getByRole('button', { name: 'Previous step' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Next step' }).hasAttribute('disabled')).toBe(false);
  });

  it('moves with the presenter keys: → Space PageDown forward, ← PageUp back, Home and End', () => {
    act(() => void store().startTour('overview'));
    render(<Screen />);
    const last = overview.steps.length - 1;
    key('ArrowRight');
    expect(store().tour?.step).toBe(1);
    key(' ');
    expect(store().tour?.step).toBe(2);
    key('PageDown');
    expect(store().tour?.step).toBe(3);
    expect(screen.getByTestId('present-caption').textContent).toBe(overview.steps[3]!.caption.zh);
    key('ArrowLeft');
    key('PageUp');
    expect(store().tour?.step).toBe(1);
    key('End');
    expect(store().tour?.step).toBe(last);
    expect(screen.getByRole('button', { name: '下一步' }).hasAttribute('disabled')).toBe(true);
    key('Home');
    expect(store().tour?.step).toBe(0);
  });

  it('Esc leaves the tour and keeps the step (the explorer’s Esc would have cleared the selection)', () => {
    act(() => void store().startTour('overview', { step: 3 }));
    render(<Screen />);
    key('Escape');
    expect(store().tour).toBeNull();
    expect(store().selected).toBe(overview.steps[3]!.focus);
  });

  it('the buttons do what they say', async () => {
    const user = userEvent.setup();
    act(() => void store().startTour('overview'));
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: '下一步' }));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    await user.click(screen.getByRole('button', { name: '上一步' }));
    expect(store().tour?.step).toBe(1);
    await user.click(screen.getByRole('button', { name: '自动播放' }));
    expect(store().tour?.auto).toBe(true);
    expect(screen.getByRole('button', { name: '自动播放' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: '退出演示' }));
    expect(store().tour).toBeNull();
  });

  it('Space on a focused button presses that button once, not twice', async () => {
    const user = userEvent.setup();
    act(() => void store().startTour('overview'));
    render(<Screen />);
    screen.getByRole('button', { name: '下一步' }).focus();
    await user.keyboard(' ');
    expect(store().tour?.step).toBe(1);
  });

  it('auto-advance waits each step’s duration, then stops at the end unless looping', () => {
    vi.useFakeTimers();
    act(() => void store().startTour('goal-quality-life', { auto: true }));
    render(<Screen />);
    act(() => void vi.advanceTimersByTime(9_900));
    expect(store().tour?.step).toBe(0);
    act(() => void vi.advanceTimersByTime(200));
    expect(store().tour?.step).toBe(1);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(store().tour?.step).toBe(2);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(store().tour).toMatchObject({ step: 2, auto: false });
  });

  it('auto-advance with loop starts over after the last step', () => {
    vi.useFakeTimers();
    act(() => void store().startTour('goal-quality-life', { auto: true, loop: true, step: 2 }));
    render(<Screen />);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(store().tour).toMatchObject({ step: 0, auto: true });
  });
});

describe('full screen', () => {
  /** jsdom has no Fullscreen API: a stand-in that records calls and reports changes like a browser. */
  function fakeFullscreen(startFull: boolean) {
    let full: Element | null = startFull ? document.documentElement : null;
    const calls: string[] = [];
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
    document.documentElement.requestFullscreen = () => {
      calls.push('enter');
      full = document.documentElement;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    document.exitFullscreen = () => {
      calls.push('exit');
      full = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    return calls;
  }
  afterEach(() => {
    delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  });

  it('is asked for on the first key only, and left with the tour', () => {
    const calls = fakeFullscreen(false);
    act(() => void store().startTour('overview'));
    const { unmount } = render(<Screen />);
    expect(calls).toEqual([]);
    key('ArrowRight');
    key('ArrowRight');
    expect(calls).toEqual(['enter']);
    key('Escape');
    unmount();
    expect(calls).toEqual(['enter', 'exit']);
  });

  it('leaving it with the browser (its own Esc) leaves the tour at the current step', () => {
    fakeFullscreen(false);
    act(() => void store().startTour('overview'));
    render(<Screen />);
    key('PageDown');
    act(() => void document.exitFullscreen());
    expect(store().tour).toBeNull();
    expect(store().selected).toBe(overview.steps[1]!.focus);
  });

  it('F toggles it without leaving the tour', () => {
    const calls = fakeFullscreen(false);
    act(() => void store().startTour('overview'));
    render(<Screen />);
    key('f');
    key('f');
    expect(calls).toEqual(['enter', 'exit']);
    expect(store().tour).not.toBeNull();
  });

  it('a screen already full (a kiosk browser) is left alone when the tour ends', () => {
    const calls = fakeFullscreen(true);
    act(() => void store().startTour('overview', { auto: true, loop: true }));
    const { unmount } = render(<Screen />);
    act(() => void fireEvent.pointerDown(document.body));
    act(() => store().stopTour());
    unmount();
    expect(calls).toEqual([]);
  });
});

describe('the Present control', () => {
  it('lists the tours and starts the one chosen', async () => {
    const user = userEvent.setup();
    render(<PresentButton />);
    const button = screen.getByRole('button', { name: '演示导览：选择一个导览' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: '导览' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /目标五：高品质生活区/ }));
    expect(store().tour).toMatchObject({ id: 'goal-quality-life', step: 0 });
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('is absent when the graph has no tours', () => {
    useApp.setState({ tours: [] });
    const { container } = render(<PresentButton />);
    expect(container.textContent).toBe('');
  });
});
