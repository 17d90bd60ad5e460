/**
 * "More" on a phone: the screens the bottom bar has no room for, each one tap away, with a line on
 * what it holds. Loaded on demand; wide screens list them in the top navigation instead.
 */
import { ROUTE_HASHES } from '../ui/routes';

const MORE = [
  {
    route: 'degree',
    label: 'Degree',
    about: 'Your program, graduation date and prerequisite courses.',
  },
  {
    route: 'exam',
    label: 'Exam',
    about: 'Applying for, booking and passing the certification exam.',
  },
  {
    route: 'clearances',
    label: 'Clearances',
    about: 'Immunizations, TB screening, background check and drug screen for placements.',
  },
  { route: 'backup', label: 'Backup', about: 'Save your records to a file, or bring them back.' },
  {
    route: 'settings',
    label: 'Settings',
    about:
      'Your name, pathway, application date, reminders and theme; your records on another device.',
  },
] as const;

export function MoreScreen() {
  return (
    <section aria-labelledby="more-heading" className="screen">
      <h2 id="more-heading" tabIndex={-1} data-screen-heading="more">
        More
      </h2>
      <ul className="more-list">
        {MORE.map((entry) => (
          <li key={entry.route}>
            <a href={ROUTE_HASHES[entry.route]} className="more-list__link">
              {entry.label}
            </a>
            <p className="hint">{entry.about}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
