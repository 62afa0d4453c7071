import { parseArgs } from 'node:util';

export interface BenchArgs {
  quick: boolean;
  /** Run `npm run build` even when dist/ exists. */
  build: boolean;
  /** Measured runs per metric (a fresh page each). */
  runs: number;
  /** Sizes of the generated graphs to measure (none: only the Taigu graph). */
  sizes: number[];
  /** Only the hierarchical layout rows, in Node: no build, no browser. */
  layouts: boolean;
  /** Only Lighthouse, mobile and desktop, against the build served as deployed. */
  lighthouse: boolean;
  help: boolean;
}

export const DEFAULT_SIZES = [1000, 2000, 5000];

export const DEFAULT_RUNS = 7;
export const QUICK_RUNS = 3;

export const USAGE = `npm run bench [-- options]

  --quick      ${QUICK_RUNS} runs instead of ${DEFAULT_RUNS}, no warm-up; writes bench/results/latest-quick.{json,md}
  --build      rebuild the app (npm run build) even when dist/ exists
  --runs N     measured runs per metric (default ${DEFAULT_RUNS}, ${QUICK_RUNS} with --quick)
  --sizes L    generated graphs to measure: comma-separated node counts (default ${DEFAULT_SIZES.join(',')}), or none
  --layouts    only the hierarchical layout rows (radial, tree vs fcose, breadthfirst), in Node: no build, no browser;
               writes bench/results/layouts-latest.{json,md} (layouts-latest-quick with --quick)
  --lighthouse only Lighthouse 12.2.3, mobile and desktop, 3 runs each, against dist/ served gzipped with the deployed
               cache headers; writes bench/results/lighthouse-latest.{json,md} and lighthouse-<date>.{json,md}
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
      sizes: { type: 'string' },
      layouts: { type: 'boolean', default: false },
      lighthouse: { type: 'boolean', default: false },
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
  let sizes = DEFAULT_SIZES;
  if (values.sizes !== undefined) {
    sizes = values.sizes === 'none' ? [] : values.sizes.split(',').map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 50 || n > 20_000))
      throw new Error(
        `--sizes wants node counts from 50 to 20000 separated by commas, or none, not "${values.sizes}"`,
      );
  }
  return {
    quick,
    build: values.build ?? false,
    runs,
    sizes,
    layouts: values.layouts ?? false,
    lighthouse: values.lighthouse ?? false,
    help: values.help ?? false,
  };
}
