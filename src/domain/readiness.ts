/**
 * Readiness as of a date: how much of the checklist is complete and what remains.
 * Hidden requirements do not count; a completion dated after the "as of" date does not count yet.
 * Readiness for a target as of its date, built on this, is in target-readiness.ts (it loads with
 * the targets screen, keeping the first screen small).
 */
import { isAfter } from './dates';
import type { IsoDate } from './dates';
import { AREA_IDS } from './types';
import type { AreaId, ChecklistItem } from './types';

export interface AreaReadiness {
  area: AreaId;
  complete: number;
  total: number;
}

export interface Readiness {
  complete: number;
  total: number;
  /** Whole percent, rounded down so that 99.6 % never reads as 100 %. */
  percent: number;
  remaining: ChecklistItem[];
  byArea: AreaReadiness[];
}

/**
 * Complete on `asOf`: a requirement judged from records follows its verdict (attached for the
 * same date by withVerdicts); any other needs a completion dated on or before it.
 */
export function isCompleteOn(item: ChecklistItem, asOf: IsoDate): boolean {
  if (item.verdict) return item.verdict.met;
  return item.completedOn !== undefined && !isAfter(item.completedOn, asOf);
}

export function readinessOn(items: readonly ChecklistItem[], asOf: IsoDate): Readiness {
  const counted = items.filter((item) => !item.hidden);
  const remaining = counted.filter((item) => !isCompleteOn(item, asOf));
  const complete = counted.length - remaining.length;
  const byArea = AREA_IDS.map((area): AreaReadiness => {
    const inArea = counted.filter((item) => item.area === area);
    return {
      area,
      total: inArea.length,
      complete: inArea.filter((item) => isCompleteOn(item, asOf)).length,
    };
  });
  return {
    complete,
    total: counted.length,
    percent: counted.length === 0 ? 0 : Math.floor((complete / counted.length) * 100),
    remaining,
    byArea,
  };
}
