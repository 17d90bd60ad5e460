/**
 * One target with its readiness ring, the verdict counts, the next actions with days left, and
 * every requirement's verdict with its reason.
 */
import { useState } from 'react';
import { formatDisplayDate } from '../../domain/format';
import { isolate } from '../../domain/isolate';
import type { TargetReadiness } from '../../domain/target-readiness';
import { TARGET_KIND_LABELS } from '../../domain/types';
import { useReadOnly } from '../../store/app-store';
import { archiveTarget } from '../../store/target-actions';
import { ProgressRing } from '../../ui/ProgressRing';
import { TargetForm } from './TargetForm';
import { reportHash } from '../../ui/routes';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { timeUntil } from '../../domain/plural';
import { describeRule } from '../../domain/clearances';

export function TargetCard({ readiness }: { readiness: TargetReadiness }) {
  const { target, pathway, judgements, clearances, counts, total, daysLeft, actions } = readiness;
  const [editing, setEditing] = useState(false);
  const readOnly = useReadOnly();
  const headingId = `target-${target.id}`;

  if (editing && !readOnly)
    return (
      <li className="target">
        <TargetForm
          title={`Edit ${isolate(target.name)}`}
          editing={target}
          defaultPathway={target.pathwayId}
          onDone={() => setEditing(false)}
        />
      </li>
    );

  return (
    <li className="target" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{target.name}</bdi>
      </h3>
      <p className="hint">
        {TARGET_KIND_LABELS[target.kind]} · {pathway.credential} · {formatDisplayDate(target.date)}{' '}
        ({timeUntil(daysLeft, { unit: 'days' })})
        {daysLeft < 0 && <span className="badge badge--warn">Date passed</span>}
      </p>
      <div className="target__figure">
        <ProgressRing
          complete={counts.met}
          total={total}
          label={`Readiness for ${target.name}`}
          size={80}
        />
        <p className="target__counts">
          <strong>
            {counts.met} of {total} met
          </strong>
          <span>
            {counts['on-track']} on track · {counts['at-risk']} at risk · {counts['not-met']} not
            met
          </span>
        </p>
      </div>
      {actions.length > 0 ? (
        <>
          <h4>Next actions</h4>
          <ol className="actions">
            {actions.slice(0, 5).map((action) => (
              <li key={`${action.requirementKey}-${action.text}`}>
                {action.text}{' '}
                <span className="hint">
                  (
                  {action.daysLeft < 0
                    ? 'overdue'
                    : `due ${timeUntil(action.daysLeft, { unit: 'days' })}`}
                  )
                </span>
              </li>
            ))}
          </ol>
          {actions.length > 5 && <p className="hint">And {actions.length - 5} more below.</p>}
        </>
      ) : (
        <p>Ready: every requirement is met for this date.</p>
      )}
      <details className="target__details">
        <summary>All requirements</summary>
        <ul className="judgements">
          {judgements.map((judgement) => (
            <li key={judgement.item.key}>
              <VerdictBadge code={judgement.verdict} />{' '}
              <strong>
                <bdi>{judgement.item.title}</bdi>
              </strong>
              : {judgement.reason}
            </li>
          ))}
          {clearances.map((judgement) => (
            <li key={`clearance-${judgement.rule.kind}`}>
              <VerdictBadge code={judgement.verdict} />{' '}
              <strong>{describeRule(judgement.rule)}</strong>: {judgement.reason}
            </li>
          ))}
        </ul>
      </details>
      <div className="button-row">
        <a className="button button--small" href={reportHash(target.id)}>
          Report <span className="visually-hidden">for {target.name}</span>
        </a>
        {/* An advisor's device reads the target and its report, and changes nothing. */}
        {!readOnly && (
          <>
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Edit <span className="visually-hidden">{target.name}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void archiveTarget(target.id, true)}
            >
              Archive <span className="visually-hidden">{target.name}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
