/** The Certifications screen: every card, its status today and on the application date, renewals. */
import { formatDisplayDate } from '../../domain/format';
import { countOf } from '../../domain/plural';
import { useCertifications } from '../../store/useCertifications';
import { useEvidence } from '../../store/evidence-actions';
import { CalendarButton } from './CalendarButton';
import { CertificationCard } from './CertificationCard';
import { CertificationForm } from './CertificationForm';
import { useDisclosure } from '../../ui/useDisclosure';
import { ROUTE_HASHES } from '../../ui/routes';
import '../../ui/records.css';
import './certifications.css';

export function CertificationsScreen() {
  const { series, context } = useCertifications();
  const evidenceByCertification = useEvidence('certificationId');
  const adding = useDisclosure('add-certification');

  return (
    <section aria-labelledby="certifications-heading" className="screen">
      <h2 id="certifications-heading" tabIndex={-1} data-screen-heading="certifications">
        Certifications
      </h2>
      <p className="hint">
        Cards are judged today
        {context.applicationDate
          ? ` and on your application date, ${formatDisplayDate(context.applicationDate)}`
          : ''}
        . &ldquo;Expiring soon&rdquo; means within {countOf(context.warningDays, 'day')}.{' '}
        {!context.applicationDate && <a href={ROUTE_HASHES.settings}>Set your application date</a>}
      </p>
      <div className="button-row">
        {!adding.open && (
          <button
            id="add-certification"
            type="button"
            className="button button--primary"
            onClick={adding.show}
          >
            Add a certification
          </button>
        )}
      </div>
      {adding.open && <CertificationForm title="Add a certification" onDone={adding.hide} />}
      {series.length === 0 ? (
        <p className="empty">
          No cards yet. Add your CPR (BLS) and First Aid cards: MedTech Ready fills in the expiry
          from the provider&apos;s rule and warns you well before it lapses.
        </p>
      ) : (
        <ul className="certification-list">
          {series.map((entry) => (
            <CertificationCard
              key={entry.key}
              series={entry}
              evidenceByCertification={evidenceByCertification}
            />
          ))}
        </ul>
      )}
      <CalendarButton />
    </section>
  );
}
