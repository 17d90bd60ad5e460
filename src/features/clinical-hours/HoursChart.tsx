/**
 * Cumulative hours over time as an SVG line, with the required hours (a labelled line), the
 * projected line at the current pace, and the application date. Loaded on demand. The figure's
 * caption says it in words.
 *
 * The drawing is as wide as its box in CSS pixels (the viewBox follows the measured width), so
 * the labels are the size the stylesheet says on a 360 px phone as on a desktop, never scaled down
 * with the picture; the axis runs in round steps (niceTicks).
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { daysFrom } from '../../domain/hours';
import type { CumulativePoint, Forecast } from '../../domain/hours';
import { formatDisplayDate, formatNumber } from '../../domain/format';
import { niceTicks } from '../../ui/nice-ticks';

interface HoursChartProps {
  /** The running total by day (domain/hours.ts), kept up to date by the store (daily-hours.ts). */
  points: readonly CumulativePoint[];
  /** The hours that count today (signed off), where the projection starts. */
  counted: number;
  required: number | undefined;
  outlook: Forecast | undefined;
  applicationDate: string | undefined;
}

/** Until the box is measured (and where nothing measures, as in tests): a desktop's width. */
const DEFAULT_WIDTH = 640;
const HEIGHT = 240;
/** Room above the plot for the required line's label when it sits at the top of the axis. */
const PAD = { right: 8, top: 24, bottom: 32 };
/** Room per character of a tick label, and beside it: at the labels' 13 px, digits are ~8 px. */
const CHAR_WIDTH = 8;
const MAX_POINTS = 400;

/** `dayOf`, remembering each date it has placed. */
function rememberDays(dayOf: (date: string) => number): (date: string) => number {
  const placed = new Map<string, number>();
  return (date) => {
    let day = placed.get(date);
    if (day === undefined) placed.set(date, (day = dayOf(date)));
    return day;
  };
}

/** The width of an element's box in CSS pixels, kept up to date as it changes. */
function useBoxWidth() {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * Memoised: the screen renders again when a form opens or closes, and the line is drawn again only
 * when what it shows changed.
 */
export const HoursChart = memo(function HoursChart({
  points,
  counted,
  required,
  outlook,
  applicationDate,
}: HoursChartProps) {
  const { ref, width } = useBoxWidth();
  const first = points[0];
  const last = points[points.length - 1];
  // Each day's place on the time axis, from the first day: date-fns placing a day is the drawing's
  // costliest step, so a day once placed is remembered while the first day stays. A new entry
  // places its own day alone, not the 400 the line is drawn through.
  const firstDate = first?.date;
  const dayOf = useMemo(
    () => (firstDate === undefined ? undefined : rememberDays(daysFrom(firstDate))),
    [firstDate],
  );
  // The points the line is drawn through, each with its day: once per log, not on every render
  // (the box measured, the pace moved).
  const plotted = useMemo(() => {
    if (!dayOf) return [];
    const step = Math.max(1, Math.ceil(points.length / MAX_POINTS));
    return points
      .filter((_, index) => index % step === 0 || index === points.length - 1)
      .map((point) => ({ day: dayOf(point.date), total: point.total }));
  }, [points, dayOf]);
  if (!first || !last || !dayOf) return null;
  const projected = outlook?.status === 'on-pace' ? outlook.date : undefined;
  const endDates = [last.date, projected, applicationDate].filter((date): date is string =>
    Boolean(date),
  );
  const end = endDates.reduce((latest, date) => (date > latest ? date : latest), last.date);
  const span = Math.max(1, dayOf(end));
  // A tick every 40 px or more of height, so the labels never touch.
  const ticks = niceTicks(
    Math.max(last.total, required ?? 0),
    Math.min(5, Math.floor((HEIGHT - PAD.top - PAD.bottom) / 40)),
  );
  const tickLabels = ticks.values.map((value) => formatNumber(value));
  const left = Math.max(...tickLabels.map((label) => label.length)) * CHAR_WIDTH + 12;
  const xOfDay = (day: number) => left + (day / span) * (width - left - PAD.right);
  const x = (date: string) => xOfDay(dayOf(date));
  const y = (total: number) =>
    HEIGHT - PAD.bottom - (total / ticks.top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = plotted
    .map((point) => `${xOfDay(point.day).toFixed(1)},${y(point.total).toFixed(1)}`)
    .join(' ');

  const caption = [
    `${formatNumber(last.total)} hours logged from ${formatDisplayDate(first.date)} to ${formatDisplayDate(last.date)}.`,
    required !== undefined ? `Required: ${formatNumber(required)} hours.` : '',
    projected
      ? `At the current pace the required hours are reached ${formatDisplayDate(projected)}.`
      : '',
    applicationDate ? `Application date ${formatDisplayDate(applicationDate)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="panel hours-chart">
      <svg
        ref={ref}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label="Cumulative clinical hours over time"
      >
        {ticks.values.map((value, index) => (
          <g key={value}>
            {value > 0 && (
              <line
                className="chart__grid"
                x1={left}
                y1={y(value)}
                x2={width - PAD.right}
                y2={y(value)}
              />
            )}
            <text className="chart__label" x={left - 6} y={y(value)} dy="0.35em" textAnchor="end">
              {tickLabels[index]}
            </text>
          </g>
        ))}
        <line
          className="chart__axis"
          x1={left}
          y1={HEIGHT - PAD.bottom}
          x2={width - PAD.right}
          y2={HEIGHT - PAD.bottom}
        />
        <line className="chart__axis" x1={left} y1={PAD.top} x2={left} y2={HEIGHT - PAD.bottom} />
        <text className="chart__label" x={left} y={HEIGHT - 8}>
          {formatDisplayDate(first.date)}
        </text>
        <text className="chart__label" x={width - PAD.right} y={HEIGHT - 8} textAnchor="end">
          {formatDisplayDate(end)}
        </text>
        {required !== undefined && (
          <>
            <line
              className="chart__target"
              x1={left}
              y1={y(required)}
              x2={width - PAD.right}
              y2={y(required)}
            />
            <text
              className="chart__label chart__label--target"
              x={width - PAD.right}
              y={y(required) - 6}
              textAnchor="end"
            >
              Required {formatNumber(required)} h
            </text>
          </>
        )}
        {applicationDate && applicationDate >= first.date && (
          <line
            className="chart__deadline"
            x1={x(applicationDate)}
            y1={PAD.top}
            x2={x(applicationDate)}
            y2={HEIGHT - PAD.bottom}
          />
        )}
        {projected && required !== undefined && (
          <line
            className="chart__projection"
            x1={x(last.date)}
            y1={y(counted)}
            x2={x(projected)}
            y2={y(required)}
          />
        )}
        <polyline className="chart__line" points={line} fill="none" />
      </svg>
      <figcaption className="hint">{caption}</figcaption>
    </figure>
  );
});
