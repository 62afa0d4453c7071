/** Summary of one series of samples (milliseconds). */
export interface Stats {
  samples: number[];
  median: number;
  min: number;
  max: number;
}

/** Median of the samples: the middle one, or the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samples: readonly number[]): Stats | null {
  if (samples.length === 0) return null;
  return {
    samples: [...samples],
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** app / reference, when both exist and the reference is not zero. */
export function ratio(app: Stats | null, reference: Stats | null): number | null {
  if (!app || !reference || reference.median <= 0) return null;
  return app.median / reference.median;
}
