/** The checklist: every area of the chosen pathway, in order. */
import { AREA_IDS } from '../../domain/types';
import type { ChecklistItem } from '../../domain/types';
import { AreaSection } from './AreaSection';

interface ChecklistProps {
  items: readonly ChecklistItem[];
  /** False until record-backed items have their verdicts (store/judging.ts). */
  judged: boolean;
}

export function Checklist({ items, judged }: ChecklistProps) {
  return (
    <div className="checklist">
      {AREA_IDS.map((area) => (
        <AreaSection key={area} area={area} items={items} judged={judged} />
      ))}
    </div>
  );
}
