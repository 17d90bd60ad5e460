/**
 * On the main screen: the current cards that are expired, expiring soon, or will lapse before the
 * application date, most urgent first, each with what to do.
 */
import { CERTIFICATION_TYPE_LABELS, PROVIDER_LABELS } from '../../domain/types';
import { useCertifications } from '../../store/useCertifications';
import { ROUTE_HASHES } from '../../ui/routes';

export function ExpiryBanner() {
  const { attention } = useCertifications();
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
      <a href={ROUTE_HASHES.certifications}>Go to your certifications</a>
    </section>
  );
}
