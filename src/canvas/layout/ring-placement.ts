/**
 * Angles for the nodes of one ring, in their order round the ring: as near each node's target as they can be
 * while consecutive nodes are at least `gap[i]` apart (gap[i] between node i and i + 1, the last one between the
 * last node and the first, a full turn on). Least squares, so a crowd spreads evenly either side of where it
 * wants to be. Angles are unwrapped: they increase along the order and the last is less than a turn past the
 * first.
 *
 * With θ_i = u_i + G_i (G_i the gaps before node i), the gaps become "u never decreases": an isotonic
 * regression, solved by pooling adjacent violators in linear time. The wrap-round gap bounds u's range; when the
 * unbounded solution exceeds it, the bounded one is that solution clamped to a window of the allowed width, and
 * the window's place is found by bisection (the cost is convex in it).
 */
export function placeOnRing(target: ArrayLike<number>, gap: ArrayLike<number>): Float64Array {
  const n = target.length;
  const before = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) before[i + 1] = before[i]! + gap[i]!;
  const wish = new Float64Array(n);
  for (let i = 0; i < n; i++) wish[i] = target[i]! - before[i]!;
  const u = isotonic(wish);
  const room = 2 * Math.PI - before[n]!;
  if (n > 1 && u[n - 1]! - u[0]! > room) {
    const lo = bestWindow(u, wish, room);
    for (let i = 0; i < n; i++) u[i] = Math.min(Math.max(u[i]!, lo), lo + room);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = u[i]! + before[i]!;
  return out;
}

/**
 * Where the window [lo, lo + room] should start so that `u` (non-decreasing) clamped to it is nearest `wish`:
 * the cost is convex in lo, so a bisection on the sign of its slope, which prefix sums and binary searches on
 * `u` give in logarithmic time.
 */
function bestWindow(u: Float64Array, wish: Float64Array, room: number): number {
  const n = u.length;
  const sum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sum[i + 1] = sum[i]! + wish[i]!;
  /** How many of u are below x. */
  const below = (x: number) => {
    let [a, b] = [0, n];
    while (a < b) {
      const m = (a + b) >> 1;
      if (u[m]! < x) a = m + 1;
      else b = m;
    }
    return a;
  };
  let [a, b] = [u[0]!, u[n - 1]! - room];
  for (let step = 0; step < 64 && b - a > 1e-12; step++) {
    const lo = (a + b) / 2;
    const low = below(lo);
    const high = n - below(lo + room);
    const slope = low * lo - sum[low]! + high * (lo + room) - (sum[n]! - sum[n - high]!);
    if (slope > 0) b = lo;
    else a = lo;
  }
  return (a + b) / 2;
}

/** The non-decreasing sequence nearest `y` in least squares (pool adjacent violators). */
export function isotonic(y: ArrayLike<number>): Float64Array {
  const n = y.length;
  const mean = new Float64Array(n);
  const size = new Int32Array(n);
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    let m = y[i]!;
    let s = 1;
    while (blocks && mean[blocks - 1]! > m) {
      blocks--;
      m = (mean[blocks]! * size[blocks]! + m * s) / (size[blocks]! + s);
      s += size[blocks]!;
    }
    mean[blocks] = m;
    size[blocks++] = s;
  }
  const out = new Float64Array(n);
  for (let b = 0, i = 0; b < blocks; b++) for (let k = 0; k < size[b]!; k++) out[i++] = mean[b]!;
  return out;
}
