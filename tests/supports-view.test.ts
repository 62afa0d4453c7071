import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from '../src/store/app-store';
import { initialView, viewChanged, viewOf } from '../src/view/view-state';
import { createSceneSelector } from '../src/view/canvas-scene';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const store = () => useApp.getState();

beforeEach(() => {
  useApp.setState({ ...initialView(), model, status: 'ready' });
});

describe('show all supports', () => {
  it('is off in a fresh view, and a part of the view when on', () => {
    expect(initialView().allSupports).toBe(false);
    const before = viewOf(store());
    store().setAllSupports(true);
    expect(store().allSupports).toBe(true);
    expect(viewOf(store()).allSupports).toBe(true);
    expect(viewChanged(before, viewOf(store()))).toBe(true);
  });

  it('leaves what is open and selected alone', () => {
    store().reveal('goal-agri-hi-tech-zone');
    const { ops, selected } = store();
    store().setAllSupports(true);
    expect(store().ops).toBe(ops);
    expect(store().selected).toBe(selected);
  });

  it('goes back to off with reset view (language and theme stay)', () => {
    store().setLang('en');
    store().setAllSupports(true);
    store().resetView();
    expect(store().allSupports).toBe(false);
    expect(store().lang).toBe('en');
  });

  it('reaches the canvas through the scene', () => {
    const select = createSceneSelector();
    const off = select(store());
    expect(off?.allSupports).toBe(false);
    store().setAllSupports(true);
    const on = select(store());
    expect(on).not.toBe(off);
    expect(on?.allSupports).toBe(true);
    expect(select(store())).toBe(on);
  });
});
