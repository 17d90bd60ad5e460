/** The routes to the credential the checklist does not follow, each with its source: for reference. */
import { formatDisplayDate } from '../../domain/format';
import type { OtherRoute } from '../../domain/types';
import { GlossaryText } from '../../ui/GlossaryText';

export function OtherRoutes({
  credential,
  routes,
}: {
  credential: string;
  routes: readonly OtherRoute[];
}) {
  if (routes.length === 0) return null;
  return (
    <div className="panel">
      <h3>Other routes to {credential}</h3>
      <p className="hint">
        Your checklist follows the usual route. If your education or experience fits one of these
        instead, the checklist&apos;s degree and program items may not apply to you.
      </p>
      <ul className="other-routes">
        {routes.map((route) => (
          <li key={route.name}>
            <p>
              <strong>
                <GlossaryText text={route.name} />
              </strong>{' '}
              {route.uncertain && <span className="badge badge--note">To confirm</span>}
            </p>
            <p>
              <GlossaryText text={route.detail} />
            </p>
            {route.uncertain && (
              <p className="requirement__uncertain">
                <strong>To confirm:</strong> <GlossaryText text={route.uncertain} />
              </p>
            )}
            <p className="hint">
              <a href={route.source.url} target="_blank" rel="noopener noreferrer">
                Source: {route.source.publisher}
              </a>
              , checked {formatDisplayDate(route.source.checkedOn)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
