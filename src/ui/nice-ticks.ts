/**
 * Round axis ticks for a chart: steps of 1, 2, 2.5 or 5 times a power of ten, from 0 to the first
 * tick at or above the largest value. A 100 h requirement tops the axis at 100, never 105.
 * Pure arithmetic: no DOM, no React.
 */
export interface Ticks {
  /** The axis's top: the last tick, at or above the largest value. */
  top: number;
  step: number;
  /** 0, step, 2 × step, … top. */
  values: number[];
}

const MULTIPLES = [1, 2, 2.5, 5, 10] as const;

/** Ticks from 0 to at least `largest` (≥ 0), at most `most` + 1 of them counting 0 (most ≥ 1). */
export function niceTicks(largest: number, most = 5): Ticks {
  if (!(largest > 0) || !Number.isFinite(largest)) return { top: 1, step: 1, values: [0, 1] };
  const count = Math.max(1, Math.floor(most));
  const rough = largest / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  // The smallest round step that fits every value in `count` steps; rounding to 12 significant
  // digits keeps 0.1 × 3 from being 0.30000000000000004.
  const round = (value: number) => Number(value.toPrecision(12));
  let step = round(10 * power);
  for (const multiple of MULTIPLES) {
    const candidate = round(multiple * power);
    if (round(candidate * count) >= largest) {
      step = candidate;
      break;
    }
  }
  const steps = Math.ceil(round(largest / step));
  const values = Array.from({ length: steps + 1 }, (_, index) => round(index * step));
  return { top: round(steps * step), step, values };
}
