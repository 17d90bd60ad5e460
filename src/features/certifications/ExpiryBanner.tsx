/**
 * On the main screen: the current cards that are expired, expiring soon, or will lapse before the
 * application date, most urgent first, each with what to do.
 */
import { CERTIFICATION_TYPE_LABELS, PROVIDER_LABELS } from '../../domain/types';
import { useReadOnly } from '../../store/app-store';
import { useCertifications } from '../../store/useCertifications';
import { ROUTE_HASHES } from '../../ui/routes';

export function ExpiryBanner() {
  const { attention } = useCertifications();
  // An advisor's device has no certifications screen to go to (ui/routes.ts ADVISOR_ROUTES).
  const readOnly = useReadOnly();
  if (attention.length === 0) return null;
  return (
    <section className="banner banner--warn expiry-banner" aria-labelledby="expiry-banner-heading">
      <h2 id="expiry-banner-heading">Needs your attention</h2>
      <ul>
        {attention.map(({ certification, assessment }) => (
          <li key={certification.id}>
            <strong>
              <bdi>{certification.name}</bdi> ({CERTIFICATION_TYPE_LABELS[certification.type]},{' '}
              {PROVIDER_LABELS[certification.provider]}):
            </strong>{' '}
            {assessment.message}
          </li>
        ))}
      </ul>
      {!readOnly && <a href={ROUTE_HASHES.certifications}>Go to your certifications</a>}
    </section>
  );
}
