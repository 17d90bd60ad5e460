/**
 * A requirement met by a certification (CPR, First Aid): instead of a checkbox, whether the
 * newest card meets it today, why, and the way to the Certifications screen.
 */
import { formatDisplayDate } from '../../domain/dates';
import type { ChecklistItem } from '../../domain/types';

export function CertificationStatus({ item }: { item: ChecklistItem }) {
  const verdict = item.certificationVerdict;
  const met = verdict?.met === true;
  return (
    <div className="requirement__main">
      <span className={`status-mark status-mark--${met ? 'met' : 'unmet'}`} aria-hidden="true">
        {met ? '✓' : '!'}
      </span>
      <div>
        <span className="requirement__title">{item.title}</span>{' '}
        <span className={`badge ${met ? 'badge--ok' : 'badge--warn'}`}>
          {met ? 'Met' : 'Not met'}
        </span>
        {verdict && <p className="requirement__verdict">{verdict.reason}</p>}
        {!met && item.completedOn && (
          <p className="hint">
            You checked this on {formatDisplayDate(item.completedOn)}. Add the card&apos;s dates so
            MedTech Ready can watch its expiry.
          </p>
        )}
        <a href="#/certifications" className="requirement__link">
          {verdict?.certification ? 'Manage your cards' : 'Add your card'}
          <span className="visually-hidden"> for {item.title}</span>
        </a>
      </div>
    </div>
  );
}
