import { describe, expect, it } from 'vitest';
import {
  clinicalAreaLabel,
  clinicalFigures,
  clinicalTotals,
  daysFrom,
  FORECAST_HORIZON_YEARS,
  cumulativeHours,
  describeForecast,
  forecast,
  hoursOnDay,
} from '../../src/domain/hours';
import { getPathway } from '../../src/domain/pathways/catalog';
import type { ClinicalEntry } from '../../src/domain/types';

let sequence = 0;
function entry(date: string, hours: number, fields: Partial<ClinicalEntry> = {}): ClinicalEntry {
  sequence += 1;
  return {
    id: `e${sequence}`,
    date,
    site: 'City Hospital',
    area: 'chemistry',
    hours,
    createdAt: `2026-01-01T00:00:${String(sequence % 60).padStart(2, '0')}Z`,
    updatedAt: 'x',
    ...fields,
  };
}

const TODAY = '2026-11-25';

describe(`clinicalTotals (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('is all zeros with no entries', () => {
    expect(clinicalTotals([], TODAY, false)).toMatchObject({
      verified: 0,
      unverified: 0,
      counted: 0,
      entries: 0,
      byArea: {},
    });
  });

  it('keeps unverified hours apart and counts them only where the pathway allows', () => {
    const entries = [
      entry('2026-11-02', 8, { verifiedOn: '2026-11-03' }),
      entry('2026-11-09', 7.5, { area: 'hematology' }),
    ];
    expect(clinicalTotals(entries, TODAY, false)).toMatchObject({
      verified: 8,
      unverified: 7.5,
      counted: 8,
    });
    expect(clinicalTotals(entries, TODAY, true).counted).toBe(15.5);
    expect(Object.fromEntries(clinicalTotals(entries, TODAY, false).byArea)).toEqual({
      chemistry: { verified: 8, unverified: 0, counted: 8 },
      hematology: { verified: 0, unverified: 7.5, counted: 0 },
    });
  });

  it('sums an area named like a prototype key without touching any prototype', () => {
    const entries = ['__proto__', 'constructor', 'toString'].map((area) =>
      entry('2026-11-02', 2, { area, verifiedOn: '2026-11-03' }),
    );
    const totals = clinicalTotals(entries, TODAY, false);
    expect(totals.byArea.get('__proto__')).toEqual({ verified: 2, unverified: 0, counted: 2 });
    expect(totals.byArea.size).toBe(3);
    expect(Object.prototype).not.toHaveProperty('verified');
    expect(Object.prototype).not.toHaveProperty('counted');
  });

  it('leaves out entries after the date, and sign-offs after it', () => {
    const entries = [
      entry('2026-11-02', 8, { verifiedOn: '2026-12-01' }),
      entry('2026-12-10', 6, { verifiedOn: '2026-12-11' }),
    ];
    expect(clinicalTotals(entries, TODAY, false)).toMatchObject({
      verified: 0,
      unverified: 8,
      entries: 1,
    });
    expect(clinicalTotals(entries, '2026-12-31', false)).toMatchObject({
      verified: 14,
      entries: 2,
    });
  });

  it('adds 10,000 quarter hours exactly', () => {
    const many = Array.from({ length: 10_000 }, (_, index) =>
      entry(`2026-0${(index % 9) + 1}-10`, 0.25, { verifiedOn: '2026-10-01' }),
    );
    expect(clinicalTotals(many, TODAY, false).verified).toBe(2500);
  });

  it('adds procedure counts for the pathways that count them', () => {
    const entries = [
      entry('2026-11-02', 4, {
        counts: { venipuncture: 12, 'skin-puncture': 3 },
        verifiedOn: TODAY,
      }),
      entry('2026-11-03', 4, { counts: { venipuncture: 5 } }),
    ];
    const totals = clinicalTotals(entries, TODAY, false);
    expect(totals.counts.venipuncture).toEqual({ verified: 12, unverified: 5, counted: 12 });
    expect(totals.counts['skin-puncture'].counted).toBe(3);
  });
});

describe(`pace and forecast (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('averages the last 4 weeks, today included, and nothing older', () => {
    const entries = [
      entry('2026-10-29', 8), // 28 days before today's window start: day 1 of the window
      entry('2026-10-28', 100), // one day too old
      entry(TODAY, 8),
      entry('2026-11-26', 50), // after today
    ];
    expect(clinicalFigures(entries, TODAY, true).perWeek).toBe(4);
  });

  it('is zero with no recent entries, and then never forecasts a date', () => {
    expect(clinicalFigures([entry('2026-01-01', 8)], TODAY, true).perWeek).toBe(0);
    // 100,000 hours at 0.25 a week would be met in the year 32691: no date is computed.
    expect(forecast(0.25, 100_000, 0.0625, TODAY)).toEqual({
      status: 'beyond-horizon',
      years: FORECAST_HORIZON_YEARS,
    });
    expect(describeForecast(forecast(0.25, 100_000, 0.0625, TODAY))).toBe(
      'Not within 10 years at your pace of the last 4 weeks: log more hours each week.',
    );
    // Exactly ten years out is still a date.
    expect(forecast(0, 520 * 10 + 2, 10, TODAY)).toMatchObject({ status: 'on-pace' });
    expect(forecast(10, 100, 0, TODAY)).toEqual({ status: 'no-pace' });
    expect(describeForecast({ status: 'no-pace' })).toBe(
      'Not met at the current pace: no hours logged in the last 4 weeks.',
    );
  });

  it('judges nothing from no data: with nothing logged it asks for a few weeks of hours', () => {
    expect(forecast(0, 100, 0, TODAY)).toEqual({ status: 'no-data' });
    expect(describeForecast(forecast(0, 100, 0, TODAY), '2027-03-01')).toBe(
      'Log a few weeks of hours to see a forecast.',
    );
    // Hours logged lately but none counted yet is a pace, so a forecast.
    expect(forecast(0, 100, 10, TODAY)).toMatchObject({ status: 'on-pace' });
  });

  it('projects the date the requirement is met at the current pace', () => {
    expect(forecast(100, 200, 10, TODAY)).toEqual({
      status: 'on-pace',
      date: '2027-02-03',
      weeks: 10,
    });
    expect(forecast(199.75, 200, 7, TODAY)).toEqual({
      status: 'on-pace',
      date: '2026-11-26',
      weeks: 1,
    });
    expect(forecast(200, 200, 0, TODAY)).toEqual({ status: 'met' });
  });

  it('says whether the forecast makes the application date', () => {
    const result = forecast(100, 200, 10, TODAY);
    expect(describeForecast(result, '2027-03-01')).toBe(
      'At your pace, met by Feb 3, 2027, before your application date Mar 1, 2027.',
    );
    expect(describeForecast(result, '2027-01-15')).toMatch(
      /after your application date Jan 15, 2027/,
    );
    expect(describeForecast(result)).toBe('At your pace of the last 4 weeks, met by Feb 3, 2027.');
  });

  it('handles a single day of entries', () => {
    const one = [entry(TODAY, 6)];
    expect(clinicalFigures(one, TODAY, true).perWeek).toBe(1.5);
    expect(cumulativeHours(one)).toEqual([{ date: TODAY, total: 6 }]);
  });
});

describe('cumulativeHours and hoursOnDay', () => {
  it('runs a total by day in date order', () => {
    const entries = [entry('2026-11-03', 2), entry('2026-11-01', 1.5), entry('2026-11-03', 0.25)];
    expect(cumulativeHours(entries)).toEqual([
      { date: '2026-11-01', total: 1.5 },
      { date: '2026-11-03', total: 3.75 },
    ]);
  });

  it('sums a day, leaving out the entry being edited', () => {
    const entries = [entry('2026-11-03', 8, { id: 'a' }), entry('2026-11-03', 10, { id: 'b' })];
    expect(hoursOnDay(entries, '2026-11-03')).toBe(18);
    expect(hoursOnDay(entries, '2026-11-03', 'b')).toBe(8);
    expect(hoursOnDay(entries, '2026-11-04')).toBe(0);
  });
});

describe(`daysFrom, the chart's time axis (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('counts calendar days, across a daylight-saving change and backwards', () => {
    const fromMarch = daysFrom('2026-03-01');
    expect(fromMarch('2026-03-01')).toBe(0);
    expect(fromMarch('2026-03-31')).toBe(30);
    expect(fromMarch('2026-11-08')).toBe(252);
    expect(fromMarch('2026-02-28')).toBe(-1);
    expect(daysFrom('2024-02-28')('2024-03-01')).toBe(2);
  });
});

describe('clinicalAreaLabel', () => {
  it('names an area by its rules, and shows an id they do not know as it is', () => {
    const rules = getPathway('mlt').clinical;
    const [area] = rules.areas;
    expect(area).toBeDefined();
    if (!area) return;
    expect(clinicalAreaLabel(rules, area.id)).toBe(area.label);
    expect(clinicalAreaLabel(rules, 'not-an-area')).toBe('not-an-area');
  });
});
