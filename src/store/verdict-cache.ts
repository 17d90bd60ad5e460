/**
 * Record verdicts memoised on what each one reads (domain/verdicts.ts's `verdictInputs`), shared
 * by every screen: ticking a requirement or editing a card reuses the clinical verdict instead of
 * going over every logged entry again, and the checklist and each target reuse each other's work
 * where the date and inputs agree. A cache of pure results, never a second source of truth.
 */
import type { ClinicalFiguresOf } from '../domain/hours';
import { verdictFor, verdictInputs } from '../domain/verdicts';
import type { Judge } from '../domain/verdicts';
import { trackedClinicalFigures } from './clinical-figures';
import type { RecordLink, RecordVerdict } from '../domain/types';

interface Entry {
  inputs: readonly unknown[];
  verdict: RecordVerdict | undefined;
}

/** Enough for every link of every target's date; past it the oldest half is dropped. */
const MAX_ENTRIES = 500;

function linkKey(link: RecordLink): string {
  return link.kind === 'certification' ? `${link.kind}:${link.type}` : link.kind;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** `clinical`: how the clinical verdict finds its totals (the app's: patched, clinical-figures.ts). */
export function createVerdictCache(clinical?: ClinicalFiguresOf): Judge {
  const entries = new Map<string, Entry>();
  return (link, pathway, records, context) => {
    const inputs = verdictInputs(link, pathway, records, context);
    // One entry per link and date pair: the checklist's today and each target's date.
    const key = `${linkKey(link)}|${context.asOf}|${context.applicationDate ?? ''}`;
    const cached = entries.get(key);
    if (cached && sameInputs(cached.inputs, inputs)) return cached.verdict;
    const verdict = verdictFor(
      link,
      pathway,
      records,
      clinical ? { ...context, clinicalFigures: clinical } : context,
    );
    if (entries.size >= MAX_ENTRIES) {
      for (const old of [...entries.keys()].slice(0, MAX_ENTRIES / 2)) entries.delete(old);
    }
    entries.set(key, { inputs, verdict });
    return verdict;
  };
}

/** The app's cache, used by the selectors in this folder. */
export const judgeRecords: Judge = createVerdictCache(trackedClinicalFigures);
