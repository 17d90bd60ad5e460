/**
 * What a clinical log entry may hold, and the message beside each field when it does not.
 */
import { formatNumber } from './format';
import { dateProblem, isAfter, isIsoDate } from './dates';
import type { IsoDate } from './dates';
import { HOURS_STEP, MAX_HOURS_PER_DAY, hoursOnDay } from './hours';
import { COUNT_KINDS } from './types';
import type { ClinicalEntry, CountKind } from './types';
import { MAX_COUNT_PER_ENTRY, MAX_REQUIRED_HOURS, TEXT_MAX, tooLong } from './records/limits';

export interface ClinicalEntryInput {
  date: string;
  site: string;
  area: string;
  hours: string;
  supervisor: string;
  verifiedOn: string;
  notes: string;
  counts: Partial<Record<CountKind, string>>;
}

export type ClinicalField = Exclude<keyof ClinicalEntryInput, 'counts'> | `count-${CountKind}`;
export type ClinicalProblems = Partial<Record<ClinicalField, string>>;

export function clinicalEntryProblems(
  input: ClinicalEntryInput,
  context: {
    today: IsoDate;
    areas: readonly string[];
    entries: readonly ClinicalEntry[];
    editingId?: string;
  },
): ClinicalProblems {
  const problems: ClinicalProblems = {};
  if (input.date.trim() === '') problems.date = 'Enter the date of this shift.';
  else if (!isIsoDate(input.date)) problems.date = dateProblem(input.date) ?? undefined;
  else if (isAfter(input.date, context.today))
    problems.date = 'Log hours once they are done: the date cannot be in the future.';

  if (input.site.trim() === '') problems.site = 'Enter the site, such as the hospital laboratory.';
  else if (input.site.length > TEXT_MAX.shortName)
    problems.site = tooLong('site', TEXT_MAX.shortName);

  if (!context.areas.includes(input.area)) problems.area = 'Choose a rotation area from the list.';

  const hoursText = input.hours.trim();
  const hours = Number(hoursText);
  if (hoursText === '' || !/^\d+(\.\d+)?$/.test(hoursText) || !Number.isFinite(hours))
    problems.hours = 'Enter the hours as a number, such as 7.5.';
  else if (hours <= 0) problems.hours = 'Enter more than 0 hours.';
  else if (Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) > 1e-9)
    problems.hours = 'Log hours in quarter hours: .25, .5 or .75.';
  else if (!problems.date) {
    const already = hoursOnDay(context.entries, input.date, context.editingId);
    if (already + hours > MAX_HOURS_PER_DAY)
      problems.hours = `That makes ${already + hours} hours on one day (${already} already logged); a day has ${MAX_HOURS_PER_DAY}.`;
  }

  if (input.supervisor.length > TEXT_MAX.shortName)
    problems.supervisor = tooLong('name', TEXT_MAX.shortName);
  if (input.verifiedOn.trim() !== '') {
    if (!isIsoDate(input.verifiedOn))
      problems.verifiedOn = dateProblem(input.verifiedOn) ?? undefined;
    else if (isAfter(input.verifiedOn, context.today))
      problems.verifiedOn = 'The sign-off date cannot be in the future.';
    else if (isIsoDate(input.date) && isAfter(input.date, input.verifiedOn))
      problems.verifiedOn = 'Hours cannot be signed off before the shift.';
  }
  for (const kind of COUNT_KINDS) {
    const value = input.counts[kind];
    if (value === undefined) continue;
    if (value.trim() !== '' && !/^\d+$/.test(value.trim()))
      problems[`count-${kind}`] = 'Enter a whole number, such as 12.';
    else if (Number(value) > MAX_COUNT_PER_ENTRY)
      problems[`count-${kind}`] =
        `Enter at most ${formatNumber(MAX_COUNT_PER_ENTRY)} in one entry: log a longer stretch as several entries.`;
  }
  if (input.notes.length > TEXT_MAX.note) problems.notes = tooLong('notes', TEXT_MAX.note);
  return problems;
}

/** Required hours: blank for none, otherwise a number from 0 to MAX_REQUIRED_HOURS. */
export function targetHoursProblem(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return 'Enter hours as a number of 0 or more, such as 200.';
  const hours = Number(text);
  if (hours > MAX_REQUIRED_HOURS)
    return `Enter ${formatNumber(MAX_REQUIRED_HOURS)} hours or fewer.`;
  return null;
}

/** The stored fields of an entry the form accepted (clinicalEntryProblems found nothing). */
export function clinicalEntryFields(
  input: ClinicalEntryInput,
): Omit<ClinicalEntry, 'id' | 'createdAt' | 'updatedAt'> {
  const counts: Partial<Record<CountKind, number>> = {};
  for (const kind of COUNT_KINDS) {
    const value = input.counts[kind];
    if (value !== undefined && value.trim() !== '' && Number(value) > 0)
      counts[kind] = Number(value);
  }
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const supervisor = optional(input.supervisor);
  const notes = optional(input.notes);
  const verifiedOn = optional(input.verifiedOn);
  return {
    date: input.date,
    site: input.site.trim(),
    area: input.area,
    hours: Number(input.hours),
    ...(supervisor ? { supervisor } : {}),
    ...(verifiedOn ? { verifiedOn } : {}),
    ...(Object.keys(counts).length > 0 ? { counts } : {}),
    ...(notes ? { notes } : {}),
  };
}
