/** One clearance record: its standing today, its doses or test, its evidence, edit and delete. */
import { useState } from 'react';
import { dosesNeeded } from '../../domain/clearances';
import { formatDisplayDate } from '../../domain/format';
import { countOf } from '../../domain/plural';
import { deleteClearance } from '../../store/clearance-actions';
import { evidenceBytes, removeEvidence } from '../../store/evidence-actions';
import type { ClearanceView } from '../../store/useTargets';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EvidenceList } from '../../ui/EvidenceList';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { ClearanceForm } from './ClearanceForm';
import {
  CLEARANCE_KIND_LABELS,
  CLEARANCE_RESULT_LABELS,
  TB_TEST_LABELS,
  isImmunization,
} from '../../domain/clearance-kinds';

export function ClearanceCard({ view }: { view: ClearanceView }) {
  const { clearance, status, evidence } = view;
  const [editing, setEditing] = useState(false);
  const headingId = `clearance-${clearance.id}`;
  const label = CLEARANCE_KIND_LABELS[clearance.kind];
  const doses = clearance.doses ?? [];
  const dated = clearance.testedOn ?? doses.at(-1);
  const subject = `${label}${dated ? ` of ${formatDisplayDate(dated)}` : ''}`;

  if (editing)
    return (
      <li className="certification">
        <ClearanceForm
          editing={clearance}
          title={`Edit ${label}`}
          onDone={() => setEditing(false)}
        />
      </li>
    );

  return (
    <li className="certification" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {subject} <VerdictBadge code={status.code} />
      </h4>
      <p className="certification__message">{status.reason}</p>
      <dl className="certification__facts">
        {isImmunization(clearance.kind) && (
          <>
            <dt>Doses</dt>
            <dd>
              {doses.length > 0 ? doses.map(formatDisplayDate).join(', ') : 'None recorded'} (
              {countOf(dosesNeeded(clearance), 'dose')} in the series)
            </dd>
          </>
        )}
        {clearance.testType && (
          <>
            <dt>Test</dt>
            <dd>{TB_TEST_LABELS[clearance.testType]}</dd>
          </>
        )}
        {clearance.testedOn && clearance.result && (
          <>
            <dt>{isImmunization(clearance.kind) ? 'Titer' : 'Result'}</dt>
            <dd>
              {CLEARANCE_RESULT_LABELS[clearance.result]}, {formatDisplayDate(clearance.testedOn)}
            </dd>
          </>
        )}
        {clearance.expiresOn && (
          <>
            <dt>Expires</dt>
            <dd>{formatDisplayDate(clearance.expiresOn)}</dd>
          </>
        )}
        {clearance.notes && (
          <>
            <dt>Notes</dt>
            <dd>{clearance.notes}</dd>
          </>
        )}
      </dl>
      <EvidenceList
        files={evidence}
        readBytes={evidenceBytes}
        onRemove={(fileId) => void removeEvidence(fileId)}
      />
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          Edit <span className="visually-hidden">{subject}</span>
        </button>
        <ConfirmButton
          label="Delete"
          confirmLabel="Confirm delete"
          subject={subject}
          onConfirm={() => void deleteClearance(clearance.id)}
        />
      </div>
    </li>
  );
}
