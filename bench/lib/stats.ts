// Small statistics and formatting helpers shared by the Chromium benches.

/**
 * The median: for an even count, the mean of the two middle values (the upper one alone would bias a paired
 * difference upwards: of two runs, it is always the larger). NaN for no values.
 */
export function median(xs: readonly number[]): number {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The 95th percentile by nearest rank; NaN for no values. */
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

/** Nearest-rank quantile q (0..1) of xs; NaN for no values. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** A number with fixed decimals, right-aligned to width. */
export const num = (x: number, decimals = 1, width = 8): string =>
  (Number.isFinite(x) ? x.toFixed(decimals) : '—').padStart(width);

/** Bytes as MiB with one decimal. */
export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

/** "ok" when the measured value meets its target, else "MISS". */
export const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISS');

/** Resolves after ms milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
