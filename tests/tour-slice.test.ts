import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTourFiles } from '../src/domain/validate-tour';
import { useApp } from '../src/store/app-store';
import { initialView } from '../src/view/view-state';
import { initialTourState } from '../src/store/tour-slice';
import { attachCamera, type CameraMove } from '../src/store/camera';
import { stepView } from '../src/view/tour-step';
import { expandedAfter, shownNodes } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const tourFile = (id: string) => ({
  file: `${id}.json`,
  fileId: id,
  text: readFileSync(`graph-data/taigu-2021/tours/${id}.json`, 'utf8'),
});
const { tours } = readTourFiles([tourFile('overview'), tourFile('goal-quality-life')], model);
const overview = tours.find((t) => t.id === 'overview')!;
const store = () => useApp.getState();
const shown = () => new Set(shownNodes(model, expandedAfter(model, store().ops)));

beforeEach(() => {
  useApp.setState({
    ...initialView(),
    ...initialTourState(),
    model,
    tours,
    status: 'ready',
  });
  moves = [];
  detach = attachCamera((move) => moves.push(move));
});
afterEach(() => detach());

/** The camera moves asked for, as the canvas would receive them. */
let moves: CameraMove[] = [];
let detach = () => {};

describe('startTour', () => {
  it('applies the first step: its nodes shown, its focus selected, the camera asked to show them', () => {
    expect(store().startTour('overview')).toBe(true);
    expect(store().tour).toEqual({ id: 'overview', step: 0, auto: false, loop: false });
    const step = overview.steps[0]!;
    expect(store().selected).toBe(step.focus);
    for (const id of step.reveal) expect(shown().has(id)).toBe(true);
    expect(moves.at(-1)).toEqual({ to: 'nodes', ids: [...step.reveal, step.focus] });
  });

  it('starts at a given step, clamped into the tour, with the options asked for', () => {
    expect(store().startTour('overview', { step: 99, auto: true, loop: true })).toBe(true);
    expect(store().tour).toEqual({ id: 'overview', step: overview.steps.length - 1, auto: true, loop: true });
    expect(store().startTour('overview', { step: -3 })).toBe(true);
    expect(store().tour?.step).toBe(0);
  });

  it('refuses an unknown tour and changes nothing', () => {
    store().select('goal-quality-life');
    const before = { ops: store().ops, selected: store().selected };
    expect(store().startTour('no-such-tour')).toBe(false);
    expect(store().tour).toBeNull();
    expect({ ops: store().ops, selected: store().selected }).toEqual(before);
  });

  it('clears filters so nothing the step names is hidden', () => {
    store().toggleKind('strategy');
    store().startTour('overview', { step: 2 });
    expect(store().hiddenKinds).toEqual([]);
  });
});

describe('next, previous, go to', () => {
  it('walk the steps and clamp at both ends', () => {
    store().startTour('overview');
    store().tourPrev();
    expect(store().tour?.step).toBe(0);
    store().tourNext();
    store().tourNext();
    expect(store().tour?.step).toBe(2);
    expect(store().selected).toBe(overview.steps[2]!.focus);
    store().tourPrev();
    expect(store().tour?.step).toBe(1);
    store().tourGoto(overview.steps.length + 5);
    expect(store().tour?.step).toBe(overview.steps.length - 1);
    store().tourNext();
    expect(store().tour?.step).toBe(overview.steps.length - 1);
    store().tourGoto(-1);
    expect(store().tour?.step).toBe(0);
  });

  it('loop: next on the last step goes back to the first', () => {
    store().startTour('overview', { loop: true, step: overview.steps.length - 1 });
    store().tourNext();
    expect(store().tour?.step).toBe(0);
    expect(store().selected).toBe(overview.steps[0]!.focus);
  });

  it('do nothing without a tour', () => {
    store().tourNext();
    store().tourGoto(2);
    store().setTourAuto(true);
    expect(store().tour).toBeNull();
  });

  it('the same step always gives the same view, however it was reached', () => {
    store().startTour('overview', { step: 4 });
    const direct = { ops: store().ops, selected: store().selected };
    store().startTour('overview');
    for (let i = 0; i < 6; i++) store().tourNext();
    store().tourGoto(0);
    for (let i = 0; i < 4; i++) store().tourNext();
    expect({ ops: store().ops, selected: store().selected }).toEqual(direct);
    expect(stepView(model, overview, 4).ops).toEqual(direct.ops);
  });

  it('going to the current step again restores its picture after the presenter wandered off', () => {
    store().startTour('overview', { step: 2 });
    const view = { ops: store().ops, selected: store().selected };
    store().expandAll();
    store().select('goal-quality-life');
    store().tourGoto(2);
    expect({ ops: store().ops, selected: store().selected }).toEqual(view);
  });
});

describe('stopTour', () => {
  it('leaves the view at the current step, to explore from there', () => {
    store().startTour('goal-quality-life', { step: 1 });
    const view = { ops: store().ops, selected: store().selected };
    store().stopTour();
    expect(store().tour).toBeNull();
    expect({ ops: store().ops, selected: store().selected }).toEqual(view);
    expect(store().selected).toBe('target-harmonious-home');
  });
});

describe('a tour that names a layout', () => {
  it("shows each step in its own layout, else the tour's, else the view's", () => {
    const named = {
      ...overview,
      id: 'laid-out',
      layout: 'tree' as const,
      steps: overview.steps.map((step, i) => (i === 1 ? { ...step, layout: 'radial' as const } : step)),
    };
    useApp.setState({ tours: [...tours, named], layout: 'network' });
    store().startTour('laid-out');
    expect(store().layout).toBe('tree');
    store().tourNext();
    expect(store().layout).toBe('radial');
    store().tourNext();
    expect(store().layout).toBe('tree');
    store().startTour('overview');
    expect(store().layout).toBe('tree'); // a tour without one leaves the view's as it is
  });
});

describe('setTourAuto', () => {
  it('switches auto-advance without moving', () => {
    store().startTour('overview', { step: 3 });
    const before = moves.length;
    store().setTourAuto(true);
    expect(store().tour).toMatchObject({ step: 3, auto: true });
    expect(moves).toHaveLength(before);
  });
});
