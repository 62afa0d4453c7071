/**
 * How many cases each property runs. The property files pass exactly these constants to fc.assert
 * (run-counts.test.ts checks that, and that the total reaches the 10,000).
 */
export const VALIDATOR_RUNS = {
  arbitraryJson: 1500,
  nearGraphs: 1000,
  structuredGraphs: 1000,
  miniSingleMutation: 1500,
  miniManyMutations: 600,
  taiguSingleMutation: 120,
  shuffledOrder: 150,
} as const;

export const READER_RUNS = {
  arbitraryText: 1000,
  arbitraryJsonText: 500,
  nesting: 300,
  miniTextMutations: 1200,
  taiguTextMutations: 60,
  truncation: 300,
  reformatting: 200,
  miniByteMutations: 800,
  asciiHighBit: 300,
  arbitraryBytes: 400,
} as const;

export const URL_RUNS = {
  arbitraryStrings: 600,
  mutatedLinks: 800,
  hostilePieces: 600,
  stableAfterDecode: 400,
} as const;

export const sum = (runs: Record<string, number>): number => Object.values(runs).reduce((a, b) => a + b, 0);

/**
 * Per hierarchical layout (radial, tree): view logs on the Taigu graph, and generated plans with a log each; the
 * same, read back from their links.
 */
export const LAYOUT_RUNS = {
  taigu: 60,
  generated: 300,
  /** Logs read back from their link (normalised on the way): the same positions. */
  linkTaigu: 80,
  linkGenerated: 200,
} as const;
