/** Counts in words, one module (domain/plural.ts): plural forms through Intl, never "0 weeks". */
import { describe, expect, it } from 'vitest';
import { countOf, pluralOf, timeUntil } from '../../src/domain/plural';

describe('countOf', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'day', undefined, '0 days'],
    [1, 'day', undefined, '1 day'],
    [2, 'day', undefined, '2 days'],
    [1, 'entry', 'entries', '1 entry'],
    [20_000, 'clinical log entry', 'clinical log entries', '20,000 clinical log entries'],
    [1.5, 'hour', undefined, '1.5 hours'],
  ])('%d %s → %s', (count, one, other, expected) => {
    expect(countOf(count, one, other)).toBe(expected);
  });

  it('picks the word alone for sentences that agree with a count', () => {
    expect(pluralOf(1, 'was', 'were')).toBe('was');
    expect(pluralOf(3, 'was', 'were')).toBe('were');
  });
});

describe('timeUntil', () => {
  it.each<[number, string]>([
    [0, 'today'],
    [1, 'in 1 day'],
    [6, 'in 6 days'],
    [13, 'in 13 days'],
    [14, 'in 2 weeks'],
    [20, 'in 2 weeks'],
    [140, 'in 20 weeks'],
    [-1, '1 day ago'],
    [-30, '30 days ago'],
  ])('%d days → %s', (days, words) => {
    expect(timeUntil(days)).toBe(words);
  });

  it('counts in days alone when asked, for a deadline counted to the day', () => {
    expect(timeUntil(45, { unit: 'days' })).toBe('in 45 days');
    expect(timeUntil(1, { unit: 'days' })).toBe('in 1 day');
    expect(timeUntil(0, { unit: 'days' })).toBe('today');
    expect(timeUntil(-2, { unit: 'days' })).toBe('2 days ago');
    expect(timeUntil(45, { unit: 'weeks' })).toBe('in 6 weeks');
  });

  it('never says "0 weeks" or rounds time left up', () => {
    for (let days = -400; days <= 400; days += 1) {
      const words = timeUntil(days);
      expect(words).not.toMatch(/\b0 (weeks|days)\b/);
      const weeks = /^in (\d+) weeks?$/.exec(words);
      if (weeks) expect(Number(weeks[1]) * 7).toBeLessThanOrEqual(days);
    }
  });
});
