/**
 * Merging records from a backup under the forms' own rules, so a merge can never store what a
 * form would refuse. Pure; loaded with the backup screen, not the first screen.
 */
import { formatNumber } from './format';
import { nameRecord } from './records/record-names';
import type { IsoDate } from './dates';
import { HOURS_STEP, MAX_HOURS_PER_DAY } from './hours';
import type { ClinicalEntry } from './types';

export interface MergedEntries {
  /** Incoming entries that fit beside the entries kept here. */
  accepted: ClinicalEntry[];
  /** Incoming entries left out, each with the reason in words. */
  refused: { entry: ClinicalEntry; reason: string }[];
}

/**
 * The clinical entries of a merge, under the form's own rule: no day over MAX_HOURS_PER_DAY.
 * `kept` stay as they are; `incoming` (those replacing a kept entry of the same id included) are
 * taken oldest day first, and one that would push its day past the limit is left out.
 */
export function mergeClinicalEntries(
  kept: readonly ClinicalEntry[],
  incoming: readonly ClinicalEntry[],
): MergedEntries {
  const replaced = new Set(incoming.map((entry) => entry.id));
  const quartersByDay = new Map<IsoDate, number>();
  const addToDay = (entry: ClinicalEntry) =>
    quartersByDay.set(
      entry.date,
      (quartersByDay.get(entry.date) ?? 0) + Math.round(entry.hours / HOURS_STEP),
    );
  for (const entry of kept) if (!replaced.has(entry.id)) addToDay(entry);
  const ordered = [...incoming].sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.createdAt !== b.createdAt
        ? a.createdAt < b.createdAt
          ? -1
          : 1
        : 0,
  );
  const merged: MergedEntries = { accepted: [], refused: [] };
  for (const entry of ordered) {
    const already = (quartersByDay.get(entry.date) ?? 0) * HOURS_STEP;
    if (already + entry.hours > MAX_HOURS_PER_DAY) {
      merged.refused.push({
        entry,
        reason: `${nameRecord('clinicalEntries', entry)} (${formatNumber(entry.hours)} h): that day already has ${formatNumber(already)} h here, and a day has ${MAX_HOURS_PER_DAY}.`,
      });
      continue;
    }
    addToDay(entry);
    merged.accepted.push(entry);
  }
  return merged;
}
