/** The checklist: every area of the chosen pathway, in order. */
import { AREA_IDS } from '../../domain/types';
import type { ChecklistItem } from '../../domain/types';
import { AreaSection } from './AreaSection';

export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <div className="checklist">
      {AREA_IDS.map((area) => (
        <AreaSection key={area} area={area} items={items} />
      ))}
    </div>
  );
}
