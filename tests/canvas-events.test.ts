// @vitest-environment jsdom
import 'vitest-canvas-mock';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindCanvasEvents } from '../src/canvas/canvas-events';

afterEach(() => vi.useRealTimers());

describe('canvas input', () => {
  function setUp() {
    vi.useFakeTimers();
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }] });
    const actions = {
      tapNode: vi.fn(),
      select: vi.fn(),
      reportViewport: vi.fn(),
      connectNodes: vi.fn(),
      canConnect: () => false,
    };
    const zoomPaused = vi.fn();
    const unbind = bindCanvasEvents(cy, actions, {
      zoomPaused,
      viewport: () => ({ zoom: cy.zoom(), pan: cy.pan() }),
    });
    return { cy, actions, zoomPaused, unbind };
  }

  it('reports the camera once the reader stops moving it, and the zoom pause for the level of detail', () => {
    const { cy, actions, zoomPaused } = setUp();
    cy.zoom(2);
    cy.zoom(3);
    vi.advanceTimersByTime(300);
    expect(actions.reportViewport).toHaveBeenCalledTimes(1);
    expect(actions.reportViewport.mock.calls[0]![0]).toMatchObject({ zoom: 3 });
    expect(zoomPaused).toHaveBeenCalledTimes(1);
  });

  it('cancels what was still waiting when the canvas goes away', () => {
    const { cy, actions, zoomPaused, unbind } = setUp();
    cy.zoom(2);
    unbind();
    cy.destroy();
    vi.advanceTimersByTime(1000);
    expect(actions.reportViewport).not.toHaveBeenCalled();
    expect(zoomPaused).not.toHaveBeenCalled();
  });
});
