/**
 * Counts in words, written once: "1 day", "3 days", "20,000 clinical log entries". The noun's form
 * comes from Intl.PluralRules in English (the app's words are English); the figure is written in
 * the browser's locale by format.ts. Every screen, message and file that counts something calls these.
 */
import { formatNumber } from './format';

const PLURAL_RULES = new Intl.PluralRules('en-US');

/** The form of a word for a count: `pluralOf(1, 'was', 'were')` → "was". */
export function pluralOf(count: number, one: string, other: string = `${one}s`): string {
  return PLURAL_RULES.select(count) === 'one' ? one : other;
}

/** A count and its noun: `countOf(3, 'day')` → "3 days"; `countOf(1, 'entry', 'entries')` → "1 entry". */
export function countOf(count: number, one: string, other: string = `${one}s`): string {
  return `${formatNumber(count)} ${pluralOf(count, one, other)}`;
}

/**
 * How long until a date, in words that never say "0 weeks": "today", "in 3 days", "in 2 weeks",
 * or "3 days ago". Whole weeks from 14 days on; time left is rounded down, never up. With
 * `{ unit: 'days' }`, always in days ("in 45 days"), for a deadline counted to the day.
 */
export function timeUntil(days: number, options: { unit?: 'days' | 'weeks' } = {}): string {
  if (days === 0) return 'today';
  if (days < 0) return `${countOf(-days, 'day')} ago`;
  if (days < 14 || options.unit === 'days') return `in ${countOf(days, 'day')}`;
  return `in ${countOf(Math.floor(days / 7), 'week')}`;
}
