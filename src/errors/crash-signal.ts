import { createElement, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Lets the kiosk hear about errors that a panel's ErrorBoundary caught (they never reach window 'error'),
 * and lets its test hook make one boundary fail on purpose. Tiny and dependency-free: it is in the
 * initial chunk, the kiosk code that listens is not.
 */
type CrashListener = (boundary: string, error: unknown) => void;

const listeners = new Set<CrashListener>();
let injected: string | null = null;
const watchers = new Set<() => void>();

export function onBoundaryCrash(listener: CrashListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportBoundaryCrash(boundary: string, error: unknown): void {
  for (const l of listeners) l(boundary, error);
}

/** Makes the boundary called `boundary` throw on its next render, until cleared (test hook, kiosk only). */
export function injectCrash(boundary: string | null): void {
  injected = boundary;
  for (const w of watchers) w();
}

const subscribe = (w: () => void) => {
  watchers.add(w);
  return () => watchers.delete(w);
};

function Trigger({ name }: { name: string }): ReactNode {
  // The build renders the page's first view on the server (scripts/lib/first-view-shell.tsx): never a crash there.
  const target = useSyncExternalStore(
    subscribe,
    () => injected,
    () => null,
  );
  if (target === name) throw new Error(`injected error in "${name}"`);
  return null;
}

/** Rendered inside each ErrorBoundary, beside its children: throws only when a crash is injected for it. */
export const crashTrigger = (name: string) => createElement(Trigger, { name });
