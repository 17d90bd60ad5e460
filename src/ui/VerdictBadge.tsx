/** A requirement's verdict as a badge: the same words and tone on the checklist and every target. */
import { VERDICT_LABELS } from '../domain/types';
import type { VerdictCode } from '../domain/types';

const TONES: Record<VerdictCode, string> = {
  met: 'badge--ok',
  'on-track': 'badge--plain',
  'at-risk': 'badge--warn',
  'not-met': 'badge--danger',
};

export function VerdictBadge({ code }: { code: VerdictCode }) {
  return <span className={`badge ${TONES[code]}`}>{VERDICT_LABELS[code]}</span>;
}
