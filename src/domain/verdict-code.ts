/**
 * The one rule from what a judge found to a verdict code: met; on track (not met yet, expected by
 * the application date); at risk (expected, but after it, or a card that lapses before it); not
 * met (no date it is expected on).
 * Every judge (cards, degree, hours, exam) returns its facts through `coded`, so the checklist, a
 * target, the report and the record screens all read the same code for the same facts.
 */
import type { RecordVerdict, VerdictCode, VerdictFacts } from './types';

export function verdictCode(facts: VerdictFacts): VerdictCode {
  // A card valid today that lapses before the date it is needed: met now, at risk for then.
  if (facts.met) return facts.standing === 'lapses-before-application' ? 'at-risk' : 'met';
  if (facts.onTrack === true) return 'on-track';
  // Late against the date: at risk while there is a date it is expected on, not met without one.
  if (facts.onTrack === false && facts.expectedOn) return 'at-risk';
  return 'not-met';
}

export function coded(facts: VerdictFacts): RecordVerdict;
export function coded(facts: VerdictFacts | undefined): RecordVerdict | undefined;
export function coded(facts: VerdictFacts | undefined): RecordVerdict | undefined {
  return facts && { code: verdictCode(facts), ...facts };
}
