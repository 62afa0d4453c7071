import layoutBase from 'layout-base';

/** mulberry32: small, fast and good enough to make layouts repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * fcose, cose-base and layout-base draw from Math.random, and layout-base keeps a seed of its own.
 * Run a synchronous layout with both fixed so the same input always gives the same positions.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  const rs = layoutBase.RandomSeed as { seed: number; x: number };
  Math.random = mulberry32(seed);
  rs.seed = 1;
  rs.x = 0;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
