import type { LiveView } from './export-graph';

let provider: (() => LiveView | undefined) | undefined;

/** The app canvas registers how to read its camera; exports of the current view ask here. */
export function registerLiveView(read: (() => LiveView | undefined) | undefined): void {
  provider = read;
}

export function liveView(): LiveView | undefined {
  return provider?.();
}
