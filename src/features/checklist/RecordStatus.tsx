/**
 * A requirement judged from the student's records (a card, the degree, hours, the exam): instead
 * of a checkbox, whether it is met, on track or not, why, progress where it is counted, and the
 * way to the screen where the records live.
 */
import { formatDisplayDate } from '../../domain/format';
import { STANDING_LABELS } from '../../domain/standing';
import type { ChecklistItem } from '../../domain/types';
import { ProgressBar } from '../../ui/ProgressBar';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { recordScreen } from './record-screens';

export function RecordStatus({ item }: { item: ChecklistItem }) {
  const verdict = item.verdict;
  if (!verdict || !item.metBy) return null;
  const met = verdict.met;
  const screen = recordScreen(item.metBy);
  // A card's warning is named by its standing, in the same words as its badge on Certifications;
  // a requirement met but needing attention (a window closing) says so.
  const warning =
    verdict.warning &&
    (verdict.standing ? STANDING_LABELS[verdict.standing] : met ? 'Check' : undefined);
  return (
    <div className="requirement__main">
      <span className={`status-mark status-mark--${met ? 'met' : 'unmet'}`} aria-hidden="true">
        {met ? '✓' : '!'}
      </span>
      <div className="requirement__record">
        <bdi className="requirement__title">{item.title}</bdi> <VerdictBadge code={verdict.code} />
        {warning && <span className="badge badge--warn">{warning}</span>}
        {verdict.progress && (
          <ProgressBar
            label={`${item.title}: progress`}
            done={verdict.progress.done}
            required={verdict.progress.required}
            unit={verdict.progress.unit}
          />
        )}
        <p className="requirement__verdict">{verdict.reason}</p>
        {!met && item.completedOn && (
          <p className="hint">
            You checked this on {formatDisplayDate(item.completedOn)}; your records now decide it.
          </p>
        )}
        <a href={screen.href} className="requirement__link">
          {item.metBy.kind === 'certification' && !verdict.certification
            ? 'Add your card'
            : `Open ${screen.label}`}
          <span className="visually-hidden"> for {item.title}</span>
        </a>
      </div>
    </div>
  );
}
