/**
 * Clinical totals and pace kept up to date as entries come and go, for every screen and verdict
 * (useClinical.ts, useTargets.ts, verdict-cache.ts): one tally per date, patched with the rows a
 * commit changed (row-changes.ts) instead of going over 10,000 entries again. The arithmetic is
 * the domain's (domain/hours.ts: tallyEntry, figuresOfTally); this only remembers where it was.
 */
import { figuresOfTally, tallyEntry, tallyOf } from '../domain/hours';
import type { ClinicalFigures, ClinicalFiguresOf, ClinicalTally } from '../domain/hours';
import type { ClinicalEntry } from '../domain/types';
import { rowChanges } from './row-changes';

/** Past this many entries added or removed in one step, count them all again. */
const MAX_PATCHED = 64;
/** Enough for today and every target's date; past it the date used longest ago is dropped. */
const MAX_DATES = 32;

interface Kept {
  entries: readonly ClinicalEntry[];
  tally: ClinicalTally;
  figures: ClinicalFigures;
}

export function createClinicalFigures(): ClinicalFiguresOf {
  const kept = new Map<string, Kept>();
  return (entries, asOf, countsUnverified) => {
    const key = `${asOf}|${countsUnverified}`;
    const last = kept.get(key);
    kept.delete(key);
    let tally: ClinicalTally;
    let figures: ClinicalFigures;
    if (last?.entries === entries) ({ tally, figures } = last);
    else {
      const changes = last && rowChanges(last.entries, entries, MAX_PATCHED);
      if (last && changes) {
        tally = last.tally;
        for (const entry of changes.removed) tallyEntry(tally, entry, -1);
        for (const entry of changes.added) tallyEntry(tally, entry, 1);
      } else tally = tallyOf(entries, asOf, countsUnverified);
      figures = figuresOfTally(tally);
    }
    // Re-inserted, so the Map's first key is always the one used longest ago.
    kept.set(key, { entries, tally, figures });
    if (kept.size > MAX_DATES) kept.delete(kept.keys().next().value as string);
    return figures;
  };
}

/** The app's figures, shared by the selectors in this folder. */
export const trackedClinicalFigures: ClinicalFiguresOf = createClinicalFigures();
