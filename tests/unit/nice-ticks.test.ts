import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../src/ui/nice-ticks';

describe('niceTicks', () => {
  it('tops a 100 h requirement at 100, in round steps', () => {
    expect(niceTicks(100)).toEqual({ top: 100, step: 20, values: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(100, 4)).toEqual({ top: 100, step: 25, values: [0, 25, 50, 75, 100] });
  });

  it('rounds up to the next round tick, never to a figure like 105', () => {
    expect(niceTicks(105)).toMatchObject({ top: 125, step: 25 });
    expect(niceTicks(37.5)).toMatchObject({ top: 40, step: 10 });
    expect(niceTicks(7.25)).toMatchObject({ top: 8, step: 2 });
    expect(niceTicks(1200, 6)).toMatchObject({ top: 1200, step: 200 });
    expect(niceTicks(130, 4)).toMatchObject({ top: 150, step: 50 });
    expect(niceTicks(0.3, 3)).toEqual({ top: 0.3, step: 0.1, values: [0, 0.1, 0.2, 0.3] });
  });

  it('gives a plain 0 to 1 axis when there is nothing to show', () => {
    expect(niceTicks(0)).toEqual({ top: 1, step: 1, values: [0, 1] });
    expect(niceTicks(Number.NaN)).toEqual({ top: 1, step: 1, values: [0, 1] });
  });

  it('always covers the largest value (in quarter hours) with at most most + 1 round ticks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4_000_000 }).map((quarters) => quarters / 4),
        fc.integer({ min: 1, max: 8 }),
        (largest, most) => {
          const { top, step, values } = niceTicks(largest, most);
          expect(top).toBeGreaterThanOrEqual(largest);
          expect(top - step).toBeLessThan(largest);
          expect(values.length).toBeLessThanOrEqual(most + 1);
          expect(values[0]).toBe(0);
          expect(values.at(-1)).toBe(top);
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toPrecision(6)));
        },
      ),
    );
  });
});
