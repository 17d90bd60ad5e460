/**
 * features/clinical-hours/HoursChart.tsx: the line runs through each day's running total, placed
 * by its day on the time axis, and each day is placed once: measuring the box (a render of its
 * own) draws the line again without placing every day again, and a new day is placed alone.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoursChart } from '../../src/features/clinical-hours/HoursChart';
import { cumulativeHours } from '../../src/domain/hours';
import type { ClinicalEntry } from '../../src/domain/types';

/** Every day placed on the time axis (the closures daysFrom returns), counted. */
const placed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/domain/hours', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/hours')>();
  return {
    ...actual,
    daysFrom: (from: string) => {
      const dayOf = actual.daysFrom(from);
      return (to: string) => {
        placed.count += 1;
        return dayOf(to);
      };
    },
  };
});

function entryOn(date: string, hours: number): ClinicalEntry {
  return {
    id: `entry-${date}`,
    date,
    site: 'City Hospital',
    area: 'chemistry',
    hours,
    createdAt: `${date}T00:00:00Z`,
    updatedAt: `${date}T00:00:00Z`,
  };
}

/** 2026-01-01 plus `days` days, as a calendar date (January and February 2026 only). */
function dayOf2026(days: number): string {
  const month = days < 31 ? 1 : 2;
  const day = days < 31 ? days + 1 : days - 30;
  return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function linePoints(): [number, number][] {
  const line = screen
    .getByRole('img', { name: 'Cumulative clinical hours over time' })
    .querySelector('polyline');
  return (line?.getAttribute('points') ?? '')
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  placed.count = 0;
});

describe('HoursChart', () => {
  it('places each day by its distance from the first, and its running total', () => {
    // Days 0, 10 and 30, four hours each: twice the step across the second time, the same up.
    const entries = [0, 10, 30].map((days) => entryOn(dayOf2026(days), 4));
    render(
      <HoursChart
        points={cumulativeHours(entries)}
        counted={12}
        required={undefined}
        outlook={undefined}
        applicationDate={undefined}
      />,
    );
    const [a, b, c] = linePoints();
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(b[0] - a[0]).toBeGreaterThan(0);
    expect(c[0] - b[0]).toBeCloseTo(2 * (b[0] - a[0]), 0);
    // Up the page (smaller y) by the same step each time.
    expect(a[1] - b[1]).toBeGreaterThan(0);
    expect(b[1] - c[1]).toBeCloseTo(a[1] - b[1], 0);
  });

  it('draws again at the measured width without placing every day again', () => {
    const days = 40;
    const entries = Array.from({ length: days }, (_, index) => entryOn(dayOf2026(index), 1));
    // A box measured at a phone's width (jsdom has no layout and no ResizeObserver).
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 360,
    } as DOMRect);
    render(
      <HoursChart
        points={cumulativeHours(entries)}
        counted={days}
        required={100}
        outlook={undefined}
        applicationDate={undefined}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Cumulative clinical hours over time' });
    // Drawn first at the default width, then at the measured one.
    expect(chart.getAttribute('width')).toBe('360');
    expect(linePoints()).toHaveLength(days);
    // Each day placed once for the line; the renders themselves place only a few dates (the axis
    // end, the markers).
    expect(placed.count).toBeGreaterThanOrEqual(days);
    expect(placed.count).toBeLessThan(days + 10);
  });

  it('places a new day alone when the line is drawn again, the first day unchanged', () => {
    const days = 40;
    const entries = Array.from({ length: days }, (_, index) => entryOn(dayOf2026(index), 1));
    const chart = (shown: ClinicalEntry[]) => (
      <HoursChart
        points={cumulativeHours(shown)}
        counted={shown.length}
        required={100}
        outlook={undefined}
        applicationDate={undefined}
      />
    );
    const { rerender } = render(chart(entries));
    expect(placed.count).toBeGreaterThanOrEqual(days);
    placed.count = 0;

    const more = [...entries, entryOn(dayOf2026(days + 5), 2)];
    rerender(chart(more));
    expect(linePoints()).toHaveLength(days + 1);
    expect(placed.count).toBe(1);
    // Placed as a fresh drawing places it: five days on from the last, two hours up.
    const [before, after] = linePoints().slice(-2) as [[number, number], [number, number]];
    const [a, b] = linePoints().slice(-3, -1) as [[number, number], [number, number]];
    expect(after[0] - before[0]).toBeCloseTo(6 * (b[0] - a[0]), 0);
    expect(before[1] - after[1]).toBeCloseTo(2 * (a[1] - b[1]), 0);
  });
});
