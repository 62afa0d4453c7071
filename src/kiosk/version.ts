/** The build's version (package.json) and date + commit, defined by Vite at build time (scripts/lib/build-info.ts). */
export const BUILD_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? `${__APP_VERSION__} · ${__BUILD_ID__}` : 'dev';
