/** Defined by vite.config.ts (scripts/lib/build-info.ts); absent under vitest, hence the typeof checks. */
declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;
