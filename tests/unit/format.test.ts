/** The one formatting module (domain/format.ts): calendar dates and figures in the runtime's locale. */
import { describe, expect, it, vi } from 'vitest';
import { formatDisplayDate, formatNumber } from '../../src/domain/format';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

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

describe('isolate: quoted text cannot reorder the sentence around it', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  const RLO = '\u202E';
  const PDF = '\u202C';
  const RLI = '\u2067';
  const sentence = (name: string) => `Met by your ${isolate(name)} card, valid until Jan 31, 2027.`;

  it('wraps the text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', () => {
    expect(isolate('BLS Provider')).toBe(`${FSI}BLS Provider${PDI}`);
    expect(isolate('برنامج التمريض')).toBe(`${FSI}برنامج التمريض${PDI}`);
    expect(isolate('')).toBe(`${FSI}${PDI}`);
  });

  it.each([
    ['an override closed by the name', `Pay invoice ${RLO}fdp.exe${PDF}`],
    ['an override left open', `Pay invoice ${RLO}fdp.exe`],
    ['a PDI of its own before the override', `Pay invoice ${PDI}${RLO}fdp.exe`],
    ['an isolate left open', `Pay invoice ${RLI}fdp.exe`],
    ['embeddings nested past any sensible depth', `${'\u202B'.repeat(200)}${RLO}x`],
    ['isolates nested past any sensible depth', `${RLI.repeat(200)}x${PDI.repeat(3)}`],
    ['a line break before an override', `Pay invoice\n${RLO}fdp.exe`],
    ['Arabic with a number', 'برنامج 2'],
    ['Hebrew', 'תוכנית סיעוד'],
  ])('keeps the sentence in order around %s', (_, name) => {
    expect(levelsAround(sentence(name), isolate(name))).toMatch(/^0+$/);
  });

  it.each([
    ['no isolate', (name: string) => name],
    ['a bare FSI … PDI', (name: string) => `${FSI}${name}${PDI}`],
  ])('is needed: with %s, such names reorder the sentence', (_, quote) => {
    const reorders = (name: string) =>
      /[^0]/.test(
        levelsAround(`Met by your ${quote(name)} card, valid until Jan 31, 2027.`, quote(name)),
      );
    expect(reorders(`Pay invoice ${PDI}${RLO}fdp.exe`)).toBe(true);
    expect(reorders(`Pay invoice ${RLI}fdp.exe`)).toBe(true);
    expect(reorders(`Pay invoice\n${RLO}fdp.exe`)).toBe(true);
  });

  it('keeps pairs that match and drops the controls that would break out', () => {
    const closed = `Pay ${RLO}fdp.exe${PDF} now`;
    expect(isolate(closed)).toBe(`${FSI}${closed}${PDI}`);
    // The open override is closed inside; the stray PDI and PDF are gone.
    expect(isolate(`a${PDI}b${PDF}${RLO}c`)).toBe(`${FSI}ab${RLO}c${PDF}${PDI}`);
    expect(isolate(`a${RLI}b`)).toBe(`${FSI}a${RLI}b${PDI}${PDI}`);
    expect(isolate('one\r\ntwo')).toBe(`${FSI}one two${PDI}`);
  });
});

describe('prepareFormatters', () => {
  it('makes the formatters ahead, and formatting then makes none and writes the same', async () => {
    // Formatters counted as they are made (the global Intl, with these two wrapped).
    const made = { number: 0, date: 0 };
    class CountedNumberFormat extends Intl.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made.number += 1;
      }
    }
    class CountedDateTimeFormat extends Intl.DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        made.date += 1;
      }
    }
    vi.stubGlobal(
      'Intl',
      Object.assign(Object.create(Intl) as typeof Intl, {
        NumberFormat: CountedNumberFormat,
        DateTimeFormat: CountedDateTimeFormat,
      }),
    );
    // A fresh copy of the module: its formatters are made once per page and kept.
    vi.resetModules();
    try {
      const fresh = await import('../../src/domain/format');
      fresh.prepareFormatters();
      expect(made).toEqual({ number: 1, date: 1 });

      expect(fresh.formatNumber(1234.5)).toBe(formatNumber(1234.5));
      expect(fresh.formatDisplayDate('2027-01-31')).toBe(formatDisplayDate('2027-01-31'));
      expect(made).toEqual({ number: 1, date: 1 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
