import { describe, expect, it } from 'vitest';
import { createSceneSelector, type SceneSource } from '../src/view/canvas-scene';
import { initialView } from '../src/view/view-state';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const base = (): SceneSource & { viewport?: unknown; checkingFile?: boolean } => ({
  ...initialView(),
  model,
  tour: null,
  tours: [],
  kiosk: { on: false },
  paragraphs: [],
});

describe('the canvas scene', () => {
  it('is derived once per change of what the canvas shows, and not at all for other changes', () => {
    const select = createSceneSelector();
    let state = base();
    const first = select(state);
    expect(select.derivations).toBe(1);
    expect(select(state)).toBe(first);
    // A camera report and a file check change the state, not the picture.
    state = { ...state, viewport: { zoom: 2, pan: { x: 1, y: 1 } } };
    expect(select(state)).toBe(first);
    state = { ...state, checkingFile: true };
    expect(select(state)).toBe(first);
    expect(select.derivations).toBe(1);
    // Each change the reader makes: one new scene.
    state = { ...state, selected: 'goal-agri-hi-tech-zone' };
    const selected = select(state);
    expect(selected).not.toBe(first);
    expect(select(state)).toBe(selected);
    expect(select.derivations).toBe(2);
    state = { ...state, ops: [{ op: 'expand', id: 'goal-agri-hi-tech-zone' }] };
    const opened = select(state)!;
    expect(select.derivations).toBe(3);
    expect(opened.visible.nodes.length).toBeGreaterThan(first!.visible.nodes.length);
  });

  it('keeps the visible graph when only the selection or language changes', () => {
    const select = createSceneSelector();
    const start = base();
    const a = select(start)!;
    const b = select({ ...start, selected: 'goal-agri-hi-tech-zone', lang: 'en' })!;
    expect(b.visible).toBe(a.visible);
    expect(b.expanded).toBe(a.expanded);
  });

  it('hides filtered kinds and lights a tour step', () => {
    const select = createSceneSelector();
    const tour = {
      id: 't',
      title: { zh: '导览', en: 'Tour' },
      steps: [
        { reveal: ['goal-agri-hi-tech-zone'], focus: 'taigu-plan-2021', caption: { zh: '一', en: 'One' } },
      ],
    };
    const scene = select({ ...base(), hiddenKinds: ['goal'], tours: [tour], tour: { id: 't', step: 0 } })!;
    expect(scene.visible.nodes.some((id) => model.nodes.get(id)!.kind === 'goal')).toBe(false);
    expect(scene.step).toEqual(['goal-agri-hi-tech-zone', 'taigu-plan-2021']);
    expect(select({ ...base(), kiosk: { on: true } })!.scale).toBe('kiosk');
  });

  it('has no scene before a graph is loaded', () => {
    expect(createSceneSelector()({ ...base(), model: undefined })).toBeUndefined();
  });
});
