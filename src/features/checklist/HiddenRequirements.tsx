/** The built-in requirements the student has hidden in one area, each with a way back. */
import type { ChecklistItem } from '../../domain/types';
import { restoreRequirement } from '../../store/checklist-actions';
import { countOf } from '../../domain/plural';

export function HiddenRequirements({ items }: { items: readonly ChecklistItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className="hidden-requirements">
      <summary>{countOf(items.length, 'hidden requirement')}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <bdi>{item.title}</bdi>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => void restoreRequirement(item.key)}
              aria-label={`Restore ${item.title}`}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
