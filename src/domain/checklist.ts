/**
 * The checklist a student sees: the pathway's built-in requirements and the student's own,
 * merged with what the student recorded about each, in area order and then the student's order.
 * Also the pure helpers behind reordering and adding. Nothing here reads or writes storage.
 */
import { AREA_IDS } from './types';
import type { AreaId, ChecklistItem, CustomRequirement, Pathway, RequirementState } from './types';

/** Gap between neighbouring positions: leaves room, and makes the default order readable. */
export const POSITION_STEP = 10;
/** Custom requirements without a stored position sort after every built-in one. */
const CUSTOM_POSITION_BASE = 100_000;

export function buildChecklist(
  pathway: Pathway,
  customRequirements: readonly CustomRequirement[],
  states: readonly RequirementState[],
): ChecklistItem[] {
  const stateByKey = new Map(states.map((state) => [state.key, state]));

  const builtIn = pathway.requirements.map((requirement, index): ChecklistItem => {
    const state = stateByKey.get(requirement.key);
    const renamed = state?.title !== undefined && state.title !== requirement.title;
    return {
      key: requirement.key,
      area: requirement.area,
      title: renamed && state?.title ? state.title : requirement.title,
      ...(renamed ? { originalTitle: requirement.title } : {}),
      detail: requirement.detail,
      source: requirement.source,
      ...(requirement.uncertain ? { uncertain: requirement.uncertain } : {}),
      ...(requirement.metBy ? { metBy: requirement.metBy } : {}),
      builtIn: true,
      ...completionOf(state),
      hidden: state?.hidden === true,
      position: state?.position ?? (index + 1) * POSITION_STEP,
    };
  });

  const sortedCustom = [...customRequirements].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const custom = sortedCustom.map((requirement, index): ChecklistItem => {
    const state = stateByKey.get(requirement.id);
    return {
      key: requirement.id,
      area: requirement.area,
      title: requirement.title,
      builtIn: false,
      ...completionOf(state),
      hidden: false,
      position: state?.position ?? CUSTOM_POSITION_BASE + index * POSITION_STEP,
    };
  });

  const areaOrder = new Map<AreaId, number>(AREA_IDS.map((area, index) => [area, index]));
  return [...builtIn, ...custom].sort(
    (a, b) =>
      (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) ||
      a.position - b.position ||
      Number(b.builtIn) - Number(a.builtIn),
  );
}

function completionOf(
  state: RequirementState | undefined,
): Pick<ChecklistItem, 'completedOn' | 'note'> {
  return {
    ...(state?.completedOn ? { completedOn: state.completedOn } : {}),
    ...(state?.note ? { note: state.note } : {}),
  };
}

export function visibleItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => !item.hidden);
}

export function itemsInArea(items: readonly ChecklistItem[], area: AreaId): ChecklistItem[] {
  return items.filter((item) => item.area === area);
}

export interface PositionChange {
  key: string;
  position: number;
}

/**
 * New positions for the visible items of one area after moving `key` one place up or down.
 * Every item of the area is renumbered, so stored and default positions never tie.
 * Returns an empty list when the move is impossible (first item up, last item down, unknown key).
 */
export function moveWithinArea(
  items: readonly ChecklistItem[],
  key: string,
  direction: 'up' | 'down',
): PositionChange[] {
  const moving = items.find((item) => item.key === key);
  if (!moving) return [];
  const area = visibleItems(itemsInArea(items, moving.area));
  const from = area.findIndex((item) => item.key === key);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= area.length) return [];
  const reordered = [...area];
  const [taken] = reordered.splice(from, 1);
  if (!taken) return [];
  reordered.splice(to, 0, taken);
  return reordered.map((item, index) => ({ key: item.key, position: (index + 1) * POSITION_STEP }));
}

/** The position for a requirement added at the end of an area. */
export function positionAtEndOf(items: readonly ChecklistItem[], area: AreaId): number {
  const positions = itemsInArea(items, area).map((item) => item.position);
  return positions.length === 0 ? POSITION_STEP : Math.max(...positions) + POSITION_STEP;
}
