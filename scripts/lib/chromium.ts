/**
 * Debian's Chromium (or CHROMIUM_PATH), never a downloaded browser, with the flags a root user on a closed
 * network needs. Shared by the e2e tests, the benchmarks and the screenshot script.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};
