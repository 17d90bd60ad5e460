/** The one formatting module (domain/format.ts): calendar dates and figures in the runtime's locale. */
import { describe, expect, it } from 'vitest';
import { formatDisplayDate, formatNumber } from '../../src/domain/format';

// This file runs three times: in the machine's zone, America/Los_Angeles and Pacific/Kiritimati;
// vite.config.ts gives every test worker the US English locale, as playwright.config.ts does.
describe(`display dates and figures (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('runs in US English, the locale the tests name', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().locale).toBe('en-US');
  });

  it.each([
    ['2027-01-31', 'Jan 31, 2027'],
    ['2026-03-01', 'Mar 1, 2026'],
    ['2026-11-25', 'Nov 25, 2026'],
    // The days clocks change, and the ends of the stored range.
    ['2026-03-08', 'Mar 8, 2026'],
    ['2026-11-01', 'Nov 1, 2026'],
    ['1900-01-01', 'Jan 1, 1900'],
    ['2199-12-31', 'Dec 31, 2199'],
    ['2024-02-29', 'Feb 29, 2024'],
  ])('shows %s as the same calendar day in every zone: %s', (date, shown) => {
    expect(formatDisplayDate(date)).toBe(shown);
  });

  it('refuses a malformed date rather than showing another day', () => {
    expect(() => formatDisplayDate('2026-02-30x')).toThrow(RangeError);
  });

  it('writes figures with the locale grouping, quarter hours kept', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(7.5)).toBe('7.5');
    expect(formatNumber(7.25)).toBe('7.25');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(20_000)).toBe('20,000');
  });
});
