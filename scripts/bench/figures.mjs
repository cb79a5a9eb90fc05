// How the bench prints and summarises its figures: fixed decimals, KB, medians and ranges over runs.
import { median } from './harness.mjs';

export const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
export const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
export const medianOf = (runs, key) => median(runs.map((r) => r[key]));
/** "1 234 (1 100–1 400)": the median and the range over the runs. */
export const spread = (runs, key, d = 0) => {
  const xs = runs.map((r) => r[key]);
  return `${fmt(median(xs), d)} (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})`;
};
