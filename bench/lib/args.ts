import { parseArgs } from 'node:util';

export interface BenchArgs {
  quick: boolean;
  /** Run `npm run build` even when dist/ exists. */
  build: boolean;
  /** Measured runs per metric (a fresh page each). */
  runs: number;
  help: boolean;
}

export const DEFAULT_RUNS = 7;
export const QUICK_RUNS = 3;

export const USAGE = `npm run bench [-- options]

  --quick      ${QUICK_RUNS} runs instead of ${DEFAULT_RUNS}, no warm-up; writes bench/results/latest-quick.{json,md}
  --build      rebuild the app (npm run build) even when dist/ exists
  --runs N     measured runs per metric (default ${DEFAULT_RUNS}, ${QUICK_RUNS} with --quick)
  --help       this text

Times never fail the run; the exit code is non-zero only when something failed to run.`;

/** Reads the command line; throws on an unknown flag or a bad value. */
export function readArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      quick: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      runs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const quick = values.quick ?? false;
  let runs = quick ? QUICK_RUNS : DEFAULT_RUNS;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 100)
      throw new Error(`--runs wants a whole number from 1 to 100, not "${values.runs}"`);
  }
  return { quick, build: values.build ?? false, runs, help: values.help ?? false };
}
