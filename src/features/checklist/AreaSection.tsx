/** One area of the checklist (Degree, Certification exam, …): its requirements in order. */
import { Suspense, useCallback, useLayoutEffect, useRef } from 'react';
import { isCompleteOn } from '../../domain/readiness';
import type { AreaId, ChecklistItem } from '../../domain/types';
import { AREA_LABELS } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { moveRequirement, removeRequirement } from '../../store/checklist-actions';
import { requirementDomId } from '../../ui/dom-ids';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { RequirementItem } from './RequirementItem';
import { lazyComponent } from '../../ui/lazy-component';

// The form that adds a requirement of one's own (and the form helper it shares with every other
// form) loads beside the first screen, started as this module runs: it arrives while the records
// are read, so the areas do not grow under the student's eyes.
const AddRequirementForm = lazyComponent(
  async () => (await import('./AddRequirementForm')).AddRequirementForm,
);
AddRequirementForm.preload();

// Not in the first screen's script, but loaded beside it (a few hundred bytes): the list then
// shows in the same commit as the first requirement hidden, with no Suspense fallback (after one,
// React would hold the list back for up to 300 ms).
const HiddenRequirements = lazyComponent(
  async () => (await import('./HiddenRequirements')).HiddenRequirements,
);
HiddenRequirements.preload();

interface AreaSectionProps {
  area: AreaId;
  /** The whole checklist: reordering and adding need the other areas' positions. */
  items: readonly ChecklistItem[];
  /** False until record-backed items have their verdicts. */
  judged: boolean;
}

export function AreaSection({ area, items, judged }: AreaSectionProps) {
  const today = useAppStore((state) => state.today);
  const inArea = items.filter((item) => item.area === area);
  const shown = inArea.filter((item) => !item.hidden);
  const hidden = inArea.filter((item) => item.hidden);
  const headingId = `area-${area}`;
  const focusAfterRender = useFocusAfterRender(items);
  const complete = shown.filter((item) => isCompleteOn(item, today)).length;

  // Stable across renders, so a tick re-renders only the requirement that changed (memo in
  // RequirementItem) and leaves the add form alone; they read the latest list when called.
  const latestItems = useRef(items);
  useLayoutEffect(() => {
    latestItems.current = items;
  }, [items]);
  const currentItems = useCallback(() => latestItems.current, []);
  const onMove = useCallback(
    (item: ChecklistItem, direction: 'up' | 'down') => {
      const id = requirementDomId(item.key);
      const other = direction === 'up' ? 'down' : 'up';
      focusAfterRender([`${id}-${direction}`, `${id}-${other}`]);
      void moveRequirement(latestItems.current, item.key, direction);
    },
    [focusAfterRender],
  );
  const onRemove = useCallback(
    (item: ChecklistItem) => {
      focusAfterRender([headingId]);
      void removeRequirement(item);
    },
    [focusAfterRender, headingId],
  );

  return (
    <section className="area" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {AREA_LABELS[area]}{' '}
        <span className="area__count">
          {complete} of {shown.length}
        </span>
      </h2>
      {shown.length === 0 ? (
        <p className="empty">No requirements here. Add one of your own below.</p>
      ) : (
        <ul className="requirement-list">
          {shown.map((item, index) => (
            <RequirementItem
              key={item.key}
              item={item}
              judged={judged}
              isFirst={index === 0}
              isLast={index === shown.length - 1}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <Suspense fallback={null}>
          <HiddenRequirements items={hidden} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <AddRequirementForm area={area} currentItems={currentItems} />
      </Suspense>
    </section>
  );
}
