import { useEffect, useRef } from 'react';
import { useApp } from '../store/app-store';
import { attachCamera } from '../store/camera';
import { useT } from '../store/use-t';
import { createSceneSelector } from '../view/canvas-scene';
import { CanvasController } from './canvas-controller';
import type { EdgeProbe, LabelOutline, LabelProbe } from './introspection';
import { prestartLayoutWorker } from './layout/layout-client';
import { registerLiveView } from './offscreen/live-view';

declare global {
  interface Window {
    /** For browser tests and benchmarks: canvas positions (graph coordinates), label sizes and the camera. */
    __taiguCanvas?: {
      positions(): Record<string, { x: number; y: number }>;
      shapeSizes(): Record<string, number>;
      renderedPositions(): Record<string, { x: number; y: number; labelY: number }>;
      labelSizes(): Record<string, LabelProbe>;
      edgeStyles(): Record<string, EdgeProbe>;
      labelOutlines(): Record<string, LabelOutline>;
      viewport(): { zoom: number; pan: { x: number; y: number } };
      detail(): 'full' | 'far';
      renderer(): 'canvas' | 'webgl';
    };
  }
}

/** Read when the page loads: the URL is rewritten to the view's own state before the canvas mounts. */
const WEBGL =
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('renderer') === 'webgl';

/**
 * The canvas's one link to the store: the scene selector's output goes in, the canvas's actions come out, and
 * the camera is attached for whoever moves it.
 */
function connect(controller: CanvasController): () => void {
  const selectScene = createSceneSelector();
  let shown: unknown;
  const update = () => {
    const state = useApp.getState();
    // A linked or opened graph is laid out here: the layout worker's script loads while the file is read.
    if (state.loadingFrom === 'linked' || state.loadingFrom === 'file') prestartLayoutWorker();
    const scene = selectScene(state);
    if (!scene || scene === shown) return;
    shown = scene;
    controller.show(scene);
  };
  const unsubscribe = useApp.subscribe(update);
  update();
  const detach = attachCamera((move) => controller.moveCamera(move));
  return () => {
    detach();
    unsubscribe();
  };
}

/** `describedBy`: the id of the canvas's long description (a summary of what it shows, in words). */
export function GraphCanvas({ describedBy }: { describedBy?: string } = {}) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    const el = ref.current!;
    const { tapNode, select, reportViewport, connectNodes } = useApp.getState();
    const canConnect = () => useApp.getState().editor.history !== undefined;
    const actions = { tapNode, select, reportViewport, connectNodes, canConnect };
    const controller = new CanvasController(el, actions, { webgl: WEBGL });
    const disconnect = connect(controller);
    window.__taiguCanvas = controller.introspection();
    // Exports of the current view read the camera and the canvas size here.
    registerLiveView(() => ({ ...controller.viewport(), width: el.clientWidth, height: el.clientHeight }));
    const fontsArrived = () => controller.fontsArrived();
    document.fonts?.addEventListener('loadingdone', fontsArrived);
    return () => {
      document.fonts?.removeEventListener('loadingdone', fontsArrived);
      registerLiveView(undefined);
      delete window.__taiguCanvas;
      disconnect();
      controller.destroy();
    };
  }, []);
  return (
    <div
      ref={ref}
      className="graph-canvas"
      role="img"
      aria-label={t('canvas.label')}
      aria-describedby={describedBy}
      data-testid="graph-canvas"
    />
  );
}
