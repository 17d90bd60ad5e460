import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateProblem,
  EARLIEST_DATE,
  LATEST_DATE,
  isAfter,
  isIsoDate,
  toIsoDate,
  toLocalDate,
} from '../../src/domain/dates';

// This file runs three times: in the machine's zone, America/Los_Angeles and Pacific/Kiritimati.
describe(`calendar dates (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('runs in the time zone its project names', () => {
    if (process.env.TZ)
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    // Kiritimati is UTC+14, Los Angeles UTC-8 in November: both far from UTC.
    const offset = new Date(2026, 10, 25).getTimezoneOffset();
    if (process.env.TZ === 'Pacific/Kiritimati') expect(offset).toBe(-840);
    if (process.env.TZ === 'America/Los_Angeles') expect(offset).toBe(480);
  });

  it.each(['2026-11-25', '2024-02-29', '2026-12-31', '2000-01-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'a day the month does not have'],
    ['2025-02-29', 'Feb 29 outside a leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-1-5', 'unpadded'],
    ['25/11/2026', 'another format'],
    ['2026-11-25T00:00', 'a time'],
    ['', 'empty'],
    ['not a date', 'words'],
  ])('refuses %s (%s)', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isIsoDate(20261125)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date(2026, 10, 25))).toBe(false);
  });

  it('round-trips a calendar date through a local Date without shifting a day', () => {
    for (const date of [
      '2026-01-01',
      '2026-03-08',
      '2026-11-01',
      '2024-02-29',
      '2026-12-31',
      EARLIEST_DATE,
      LATEST_DATE,
    ]) {
      const local = toLocalDate(date);
      expect(local.getDate()).toBe(Number(date.slice(8)));
      expect(toIsoDate(local)).toBe(date);
    }
  });

  it('refuses to turn a malformed date into a Date', () => {
    expect(() => toLocalDate('2026-02-30x')).toThrow(RangeError);
    expect(() => toLocalDate('soon')).toThrow(RangeError);
  });

  it('compares calendar dates', () => {
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(isAfter('2027-01-01', '2026-12-31')).toBe(true);
    expect(isAfter('2026-12-31', '2026-12-31')).toBe(false);
  });
});

describe('the date range every stored date obeys', () => {
  it.each([
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['2200-01-01', false],
    ['0001-01-01', false],
    ['9999-12-31', false],
  ])('%s is a date the app keeps: %s', (date, kept) => {
    expect(isIsoDate(date)).toBe(kept);
  });

  it('says why a date is refused', () => {
    expect(dateProblem('2026-02-30')).toBe('Enter a real calendar date, such as 2026-03-14.');
    expect(dateProblem('9999-12-31')).toBe('Enter a date between 1900 and 2199.');
    expect(dateProblem(LATEST_DATE)).toBeNull();
    expect(dateProblem(EARLIEST_DATE)).toBeNull();
  });
});

describe('toLocalDate on days a month does not have', () => {
  it('throws instead of rolling over into the next month', () => {
    for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10'])
      expect(() => toLocalDate(date)).toThrow(RangeError);
    expect(toLocalDate('2028-02-29').getDate()).toBe(29);
    expect(toLocalDate('0050-06-01').getFullYear()).toBe(50);
  });
});
