/**
 * Clinical totals and pace kept up to date as entries come and go, for every screen and verdict
 * (useClinical.ts, useTargets.ts, verdict-cache.ts): one tally per date, patched with the rows a
 * commit changed (row-changes.ts) instead of going over 10,000 entries again. The arithmetic is
 * the domain's (domain/hours.ts: tallyEntry, figuresOfTally); this only remembers where it was.
 */
import { figuresOfTally, tallyEntry, tallyOf } from '../domain/hours';
import type { ClinicalFigures, ClinicalFiguresOf, ClinicalTally } from '../domain/hours';
import type { ClinicalEntry } from '../domain/types';
import { refold } from './row-changes';
import type { Folded } from './row-changes';
/** Enough for today and every target's date; past it the date used longest ago is dropped. */
const MAX_DATES = 32;

interface Kept {
  tally: Folded<ClinicalEntry, ClinicalTally>;
  figures: ClinicalFigures;
}

export function createClinicalFigures(): ClinicalFiguresOf {
  const kept = new Map<string, Kept>();
  return (entries, asOf, countsUnverified) => {
    const key = `${asOf}|${countsUnverified}`;
    const last = kept.get(key);
    kept.delete(key);
    const tally = refold(
      last?.tally,
      entries,
      (rows) => tallyOf(rows, asOf, countsUnverified),
      tallyEntry,
    );
    const figures = tally === last?.tally ? last.figures : figuresOfTally(tally.value);
    // Re-inserted, so the Map's first key is always the one used longest ago.
    kept.set(key, { tally, figures });
    if (kept.size > MAX_DATES) kept.delete(kept.keys().next().value as string);
    return figures;
  };
}

/** The app's figures, shared by the selectors in this folder. */
export const trackedClinicalFigures: ClinicalFiguresOf = createClinicalFigures();
