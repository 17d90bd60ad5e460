/**
 * One series of cards: the current one with its status today and on the application date, its
 * evidence, and its history of earlier cards. Renewing adds a newer card; the old one stays.
 */
import { useState } from 'react';
import { credentialRuleForName, renewalDates } from '../../domain/credential-validity';
import { formatDisplayDate } from '../../domain/format';
import { isolate } from '../../domain/isolate';
import { STANDING_LABELS } from '../../domain/expiry';
import type { StandingCode } from '../../domain/expiry';
import { CERTIFICATION_TYPE_LABELS, PROVIDER_LABELS } from '../../domain/types';
import type { Certification, EvidenceFileInfo } from '../../domain/types';
import { deleteCertification } from '../../store/certification-actions';
import type { SeriesView } from '../../store/useCertifications';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CertificationForm } from './CertificationForm';
import { EvidenceList } from '../../ui/EvidenceList';
import { evidenceBytes, removeEvidence } from '../../store/evidence-actions';

/** How loud each standing's badge is: its words come from STANDING_LABELS. */
const STANDING_BADGES: Record<StandingCode, string> = {
  valid: 'badge--ok',
  'expiring-soon': 'badge--warn',
  expired: 'badge--danger',
  'no-expiry': 'badge--plain',
  'lapses-before-application': 'badge--danger',
};

interface CertificationCardProps {
  series: SeriesView;
  evidenceByCertification: ReadonlyMap<string, EvidenceFileInfo[]>;
}

type Mode = { kind: 'view' } | { kind: 'edit'; card: Certification } | { kind: 'renew' };

export function CertificationCard({ series, evidenceByCertification }: CertificationCardProps) {
  const { current, history, assessment } = series;
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const headingId = `certification-${current.id}`;

  if (mode.kind === 'edit')
    return (
      <li className="certification">
        <CertificationForm
          editing={mode.card}
          title={`Edit ${isolate(mode.card.name)}`}
          onDone={() => setMode({ kind: 'view' })}
        />
      </li>
    );

  return (
    <li className="certification" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{current.name}</bdi>{' '}
        <span className={`badge ${STANDING_BADGES[assessment.today.status]}`}>
          {STANDING_LABELS[assessment.today.status]}
        </span>
        {assessment.code === 'lapses-before-application' && (
          <span className={`badge ${STANDING_BADGES[assessment.code]}`}>
            {STANDING_LABELS[assessment.code]}
          </span>
        )}
      </h3>
      <p className="certification__message">{assessment.message}</p>
      <CardFacts card={current} />
      <Renewal card={current} />
      <EvidenceList
        files={evidenceByCertification.get(current.id) ?? []}
        readBytes={evidenceBytes}
        onRemove={(fileId) => void removeEvidence(fileId)}
      />

      {mode.kind === 'renew' ? (
        <CertificationForm
          template={current}
          title={`Add a renewed ${isolate(current.name)} card`}
          onDone={() => setMode({ kind: 'view' })}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => setMode({ kind: 'renew' })}
          >
            Add renewal <span className="visually-hidden">of {current.name}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setMode({ kind: 'edit', card: current })}
          >
            Edit <span className="visually-hidden">{current.name}</span>
          </button>
          <ConfirmButton
            label="Delete"
            confirmLabel="Confirm delete"
            subject={`${current.name} issued ${formatDisplayDate(current.issuedOn)}`}
            onConfirm={() => void deleteCertification(current.id)}
          />
        </div>
      )}

      {history.length > 0 && (
        <details className="certification__history">
          <summary>Earlier cards ({history.length})</summary>
          <ul>
            {history.map((card) => (
              <li key={card.id}>
                <CardFacts card={card} />
                <EvidenceList
                  files={evidenceByCertification.get(card.id) ?? []}
                  readBytes={evidenceBytes}
                  onRemove={(fileId) => void removeEvidence(fileId)}
                />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setMode({ kind: 'edit', card })}
                  >
                    Edit{' '}
                    <span className="visually-hidden">
                      <bdi>{card.name}</bdi> issued {formatDisplayDate(card.issuedOn)}
                    </span>
                  </button>
                  <ConfirmButton
                    label="Delete"
                    confirmLabel="Confirm delete"
                    subject={`${card.name} issued ${formatDisplayDate(card.issuedOn)}`}
                    onConfirm={() => void deleteCertification(card.id)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function CardFacts({ card }: { card: Certification }) {
  return (
    <dl className="certification__facts">
      <div>
        <dt>Type</dt>
        <dd>{CERTIFICATION_TYPE_LABELS[card.type]}</dd>
      </div>
      <div>
        <dt>Provider</dt>
        <dd>{PROVIDER_LABELS[card.provider]}</dd>
      </div>
      <div>
        <dt>Issued</dt>
        <dd>{formatDisplayDate(card.issuedOn)}</dd>
      </div>
      <div>
        <dt>Valid through</dt>
        <dd>{card.expiresOn ? formatDisplayDate(card.expiresOn) : 'No expiry'}</dd>
      </div>
      {card.cardNumber && (
        <div>
          <dt>Number</dt>
          <dd>
            <bdi>{card.cardNumber}</bdi>
          </dd>
        </div>
      )}
      {card.notes && (
        <div>
          <dt>Notes</dt>
          <dd>
            <bdi>{card.notes}</bdi>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** For a credential an exam earns: its body's renewal rule, and the renew-by dates from its expiry. */
function Renewal({ card }: { card: Certification }) {
  const rule = card.type === 'exam-credential' ? credentialRuleForName(card.name) : undefined;
  if (!rule) return null;
  const dates = card.expiresOn ? renewalDates(rule, card.expiresOn) : {};
  return (
    <div className="hint">
      <p>Renewal: {rule.summary}</p>
      {(dates.opensOn ?? dates.applyBy) && (
        <p>
          {dates.opensOn ? `Renewal opens ${formatDisplayDate(dates.opensOn)}. ` : ''}
          {dates.applyBy ? `Apply to renew by ${formatDisplayDate(dates.applyBy)}.` : ''}
        </p>
      )}
    </div>
  );
}
