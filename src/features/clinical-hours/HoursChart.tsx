/**
 * Cumulative hours over time as an SVG line, with the required hours, the projected line at the current
 * pace, and the application date. Loaded on demand. The figure's caption says it in words.
 */
import { cumulativeHours, daysBetween } from '../../domain/hours';
import type { Forecast } from '../../domain/hours';
import { formatDisplayDate, formatNumber } from '../../domain/format';
import type { ClinicalEntry } from '../../domain/types';

interface HoursChartProps {
  entries: readonly ClinicalEntry[];
  /** The hours that count today (signed off), where the projection starts. */
  counted: number;
  required: number | undefined;
  outlook: Forecast | undefined;
  applicationDate: string | undefined;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 32 };
const MAX_POINTS = 400;

export function HoursChart({
  entries,
  counted,
  required,
  outlook,
  applicationDate,
}: HoursChartProps) {
  const points = cumulativeHours(entries);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const projected = outlook?.status === 'on-pace' ? outlook.date : undefined;
  const endDates = [last.date, projected, applicationDate].filter((date): date is string =>
    Boolean(date),
  );
  const end = endDates.reduce((latest, date) => (date > latest ? date : latest), last.date);
  const span = Math.max(1, daysBetween(first.date, end));
  const top = Math.max(last.total, required ?? 0) * 1.05 || 1;
  const x = (date: string) =>
    PAD.left + (daysBetween(first.date, date) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (total: number) =>
    HEIGHT - PAD.bottom - (total / top) * (HEIGHT - PAD.top - PAD.bottom);
  const step = Math.max(1, Math.ceil(points.length / MAX_POINTS));
  const sampled = points.filter((_, index) => index % step === 0 || index === points.length - 1);
  const line = sampled
    .map((point) => `${x(point.date).toFixed(1)},${y(point.total).toFixed(1)}`)
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
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Cumulative clinical hours over time"
      >
        <line
          className="chart__axis"
          x1={PAD.left}
          y1={HEIGHT - PAD.bottom}
          x2={WIDTH - PAD.right}
          y2={HEIGHT - PAD.bottom}
        />
        <line
          className="chart__axis"
          x1={PAD.left}
          y1={PAD.top}
          x2={PAD.left}
          y2={HEIGHT - PAD.bottom}
        />
        <text className="chart__label" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {formatNumber(Math.round(top))}
        </text>
        <text className="chart__label" x={PAD.left - 6} y={HEIGHT - PAD.bottom} textAnchor="end">
          0
        </text>
        <text className="chart__label" x={PAD.left} y={HEIGHT - 8}>
          {formatDisplayDate(first.date)}
        </text>
        <text className="chart__label" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
          {formatDisplayDate(end)}
        </text>
        {required !== undefined && (
          <line
            className="chart__target"
            x1={PAD.left}
            y1={y(required)}
            x2={WIDTH - PAD.right}
            y2={y(required)}
          />
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
}
